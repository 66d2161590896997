"""Spark's side of bench/scale.py --spark: runs org.newsgraph.spark.ScaleBench (spark/) in local[2]
in its own JVM, with the JVM options spark-submit adds (read from spark/pom.xml, property
spark.jvm.options, the same the Spark tests use). Needs `mvn -q -B -ntp install -DskipTests` at the
root and `mvn -q -B -ntp -f spark/pom.xml package -DskipTests` first.
"""
import os
import re
import subprocess
import sys
import time

LINE = re.compile(r"spark-bench docs (\d+) seconds ([0-9.]+) docs/s ([0-9.]+)")


def jvm_options():
    with open("spark/pom.xml", encoding="utf-8") as fh:
        m = re.search(r"<spark\.jvm\.options>(.*?)</spark\.jvm\.options>", fh.read(), re.S)
    return m.group(1).split()


def run(args, corpus, work, threads=2):
    cp_file = "spark/target/classpath.txt"
    if not os.path.exists(cp_file):
        sys.exit("build spark/ first: mvn -q -B -ntp -f spark/pom.xml package -DskipTests")
    with open(cp_file) as fh:
        cp = "spark/target/classes" + os.pathsep + fh.read().strip()
    cmd = (["java", "-Xmx" + args.xmx] + jvm_options()
           + ["-cp", cp, "org.newsgraph.spark.ScaleBench", corpus, os.path.join(work, "spark"),
              str(threads)])
    env = dict(os.environ, SPARK_LOCAL_IP="127.0.0.1")
    load = os.getloadavg()[0]
    t0 = time.time()
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    wall = time.time() - t0
    m = LINE.search(p.stdout)
    if p.returncode != 0 or not m:
        sys.exit("spark run failed (%d)\n%s\n%s" % (p.returncode, p.stdout[-2000:], p.stderr[-3000:]))
    print("  " + m.group(0) + p.stdout[m.end():].split("\n")[0])
    return {"docs": int(m.group(1)), "wall": wall, "steady": float(m.group(3)), "load": load}
