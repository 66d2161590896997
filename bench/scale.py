#!/usr/bin/env python3
"""The scale benchmark (issue 17): CLI --threads 2 against --threads 1, steady-state throughput on a
corpus recombined from testdata's articles, and the peak heap after GC on a 10,000-document input.

Usage (from the repository root, after `mvn -q -B -ntp package -DskipTests`):

    python3 bench/scale.py                 # throughput (3,000 documents) and memory (1,000 / 10,000)
    python3 bench/scale.py --skip-memory   # throughput only
    python3 bench/scale.py --spark         # also Spark local[2] on the same corpus (spark/ built)

The corpus is written to a temporary directory: a headline and 4 to 10 body paragraphs per
document, drawn with a seeded generator from the prose paragraphs of testdata/*.txt and
testdata/bench/*.txt (as the bench command's recombined documents). The memory inputs use short
documents (a headline and 1 or 2 paragraphs) so that 10,000 of them run in minutes.

Throughput is read from the CLI's own --progress lines (documents done and seconds since
extraction started, after the models loaded): the steady-state rate is the rate between the first
line at or past a quarter of the documents and the last line, so start-up and JIT warm-up are left
out. Peak heap is the largest heap occupancy after a garbage collection in the JVM's GC log
(-Xlog:gc), over the whole run.
"""
import argparse
import glob
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time

JAR = "target/newsgraph-0.1.0-SNAPSHOT.jar"
PROGRESS = re.compile(r"newsgraph: (\d+)/(\d+) documents in ([0-9.]+ s|\d+m\d+s|\d+h\d+m), ([0-9.]+) docs/s")
GC_AFTER = re.compile(r"Pause.*?(\d+)M->(\d+)M\((\d+)M\)")


def seconds(text):
    if text.endswith(" s"):
        return float(text[:-2])
    m = re.fullmatch(r"(\d+)m(\d+)s", text)
    if m:
        return int(m.group(1)) * 60 + int(m.group(2))
    m = re.fullmatch(r"(\d+)h(\d+)m", text)
    return int(m.group(1)) * 3600 + int(m.group(2)) * 60


def articles(testdata):
    files = sorted(glob.glob(os.path.join(testdata, "*.txt"))) + sorted(
        glob.glob(os.path.join(testdata, "bench", "*.txt")))
    out = []
    for f in files:
        with open(f, encoding="utf-8") as fh:
            paras = [p.strip() for p in re.split(r"\n\s*\n", fh.read()) if p.strip()]
        if len(paras) < 4:
            continue  # not an article (a CoNLL table, a fixture)
        headline, body = paras[0], paras[1:]
        prose = [p for p in body if len(p.split()) >= 8 and p.rstrip()[-1:] in ".\"'”’)"]
        if prose:
            out.append((headline, prose))
    return out


def write_corpus(directory, count, seed, min_body, max_body, testdata):
    arts = articles(testdata)
    if not arts:
        sys.exit("no articles under " + testdata)
    rng = random.Random(seed)
    pool = [p for _, prose in arts for p in prose]
    os.makedirs(directory, exist_ok=True)
    chars = 0
    for i in range(count):
        headline = rng.choice(arts)[0]
        body = [rng.choice(pool) for _ in range(rng.randint(min_body, max_body))]
        text = headline + "\n\n" + "\n\n".join(body) + "\n"
        chars += len(text)
        # Sub-directories of 1,000: a directory of 100,000 files is hard on some file systems.
        sub = os.path.join(directory, "%03d" % (i // 1000))
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, "doc-%06d.txt" % i), "w", encoding="utf-8") as fh:
            fh.write(text)
    return chars


def run_cli(args, corpus, threads, workdir, label):
    out = os.path.join(workdir, label + ".jsonl")
    gc = os.path.join(workdir, label + ".gc.log")
    cmd = ["java", "-Xmx" + args.xmx, "-Xlog:gc:file=" + gc, "-jar", JAR, "--format", "jsonl",
           "--threads", str(threads), "--progress", "--out", out, corpus]
    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.time()
    p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.time() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    lines = [PROGRESS.search(l) for l in p.stderr.splitlines()]
    points = [(int(m.group(1)), int(m.group(2)), seconds(m.group(3))) for m in lines if m]
    if p.returncode not in (0, 1) or not points:
        sys.exit("run failed (%d): %s\n%s" % (p.returncode, " ".join(cmd), p.stderr[-2000:]))
    total = points[-1][1]
    start = next(pt for pt in points if pt[0] >= total / 4)
    end = points[-1]
    steady = (end[0] - start[0]) / (end[2] - start[2]) if end[2] > start[2] else float("nan")
    peak = 0
    with open(gc) as fh:
        for l in fh:
            m = GC_AFTER.search(l)
            if m:
                peak = max(peak, int(m.group(2)))
    errors = sum(1 for l in open(out, encoding="utf-8") if '"error"' in l[:200])
    return {"label": label, "threads": threads, "docs": total, "wall": wall,
            "extract_s": end[2], "steady": steady, "peak_mb": peak, "load": load,
            "errors": errors, "cpu": cpu, "cmd": " ".join(cmd)}


def report(r):
    print("  %-14s %5d docs  wall %6.1f s  extraction %6.1f s  steady %6.2f docs/s  "
          "peak heap after GC %5d MB  CPU %6.1f s (%.2f cores)  load before %.2f  error records %d"
          % (r["label"], r["docs"], r["wall"], r["extract_s"], r["steady"], r["peak_mb"],
             r["cpu"], r["cpu"] / r["wall"], r["load"], r["errors"]))
    sys.stdout.flush()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=3000)
    ap.add_argument("--memory-docs", type=int, nargs=2, default=[1000, 10000])
    ap.add_argument("--skip-memory", action="store_true")
    ap.add_argument("--skip-throughput", action="store_true")
    ap.add_argument("--spark", action="store_true", help="also Spark local[2] (spark/ built)")
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--xmx", default="3g")
    ap.add_argument("--testdata", default="testdata")
    args = ap.parse_args()
    if not os.path.exists(JAR):
        sys.exit("build first: mvn -q -B -ntp package -DskipTests")
    work = tempfile.mkdtemp(prefix="newsgraph-scale-")
    try:
        print("machine: %d cores, load %.2f %.2f %.2f" % ((os.cpu_count(),) + os.getloadavg()))
        if not args.skip_throughput:
            corpus = os.path.join(work, "corpus")
            chars = write_corpus(corpus, args.docs, args.seed, 4, 10, args.testdata)
            print("throughput corpus: %d documents, %d characters" % (args.docs, chars))
            one = run_cli(args, corpus, 1, work, "cli-threads-1")
            report(one)
            two = run_cli(args, corpus, 2, work, "cli-threads-2")
            report(two)
            print("  threads 2 / threads 1 steady-state throughput: %.2fx (wall %.2fx)"
                  % (two["steady"] / one["steady"], one["wall"] / two["wall"]))
            if args.spark:
                sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
                import spark_bench
                sp = spark_bench.run(args, corpus, work)
                print("  %-14s %5d docs  wall %6.1f s  steady %6.2f docs/s  load before %.2f"
                      % ("spark-local-2", sp["docs"], sp["wall"], sp["steady"], sp["load"]))
                print("  Spark local[2] / CLI threads 2 steady-state throughput: %.2f"
                      % (sp["steady"] / two["steady"]))
        if not args.skip_memory:
            for n in args.memory_docs:
                corpus = os.path.join(work, "memory-%d" % n)
                chars = write_corpus(corpus, n, args.seed + n, 1, 2, args.testdata)
                print("memory corpus: %d documents, %d characters" % (n, chars))
                r = run_cli(args, corpus, 2, work, "memory-%d" % n)
                report(r)
                shutil.rmtree(corpus)
        print("commands: java -Xmx%s -Xlog:gc:file=GC -jar %s --format jsonl --threads N "
              "--progress --out OUT DIR" % (args.xmx, JAR))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
