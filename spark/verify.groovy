// Runs after the root's invoker build of spark/: the Spark tests really ran, and all passed.
def log = new File(basedir, 'build.log').text
assert log.contains('in org.newsgraph.spark.SparkExtractTest') : 'SparkExtractTest did not run'
assert log =~ /Tests run: \d+, Failures: 0, Errors: 0, Skipped: 0\n/ : 'the Spark tests did not all pass'
return true
