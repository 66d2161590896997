// Runs after the consumer's build: the test really ran and found the entity.
def log = new File(basedir, 'build.log').text
assert log.contains('CONSUMER-FOUND Xi Jinping PERSON') : 'the consumer test did not report its entity'
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0') : 'the consumer tests did not all pass'
return true
