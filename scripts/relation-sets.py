#!/usr/bin/env python3
"""Builds evaluation files for `evaluate relations` from the label files in testdata/relation-labels/
and the texts in ../shared/data (their licences forbid copying the texts into this repository, so
the label files hold ids, relations and evidence offsets only, never text).

  testdata/relation-labels/wwn-dev.jsonl    848 articles of ../shared/data/wwn-dev (all but the 45
                                            that country-sector-dev also holds): the article after its
                                            first (URL) line, as country-sector-dev takes it
  testdata/relation-labels/conll-dev.jsonl  the 216 documents of CoNLL-2003's dev file (1996 Reuters
                                            wire), running text rebuilt from the tokens: the first
                                            sentence (the headline), a blank line, then one sentence
                                            a line
  testdata/relation-labels/polnear.jsonl    the 280 articles of PolNeAR (train and dev; 2016 US
                                            political news) that name a tariff, an export or import,
                                            steel, oil, coal, a trade deal or NAFTA, the text file as
                                            it is; ids polnear-SPLIT-HASHx: the first 10 hex digits of
                                            the SHA-1 of the file name, then one letter

A label line: {"id", "relations": [{"type", "country", "counterpart", "sector", "evidence": [start,
end]}]}, the evidence as character offsets into the rebuilt text. Each file was annotated by reading,
with ../shared/spec/country-sector-guidelines.md and nothing else (docs/relations.md, fifteenth
round). Writes target/relation-sets/NAME.jsonl in the gold format ({"id", "text", "relations"} with
evidence strings); then, from the checkout root:

  java -jar target/newsgraph-0.1.0-SNAPSHOT.jar evaluate relations target/relation-sets/wwn-dev.jsonl --part heldout

Usage (from the checkout root): python3 scripts/relation-sets.py [--data ../shared/data] [--out target/relation-sets]
Also: --write-labels NAME GOLD.jsonl turns an annotated gold-format file (with texts) into NAME's label
file, checking that every text is the one this script rebuilds.
"""
import argparse
import hashlib
import json
import os
import re
import sys

LABELS = os.path.join('testdata', 'relation-labels')


def wwn_texts(data):
    base = os.path.join(data, 'wwn-dev', 'original_articles')
    out = {}
    for name in sorted(os.listdir(base)):
        with open(os.path.join(base, name), encoding='utf-8') as f:
            raw = f.read()
        out['wwn-' + name] = raw.split('\n', 1)[1] if '\n' in raw else ''
    return out


_NO_SPACE_BEFORE = {',', '.', ';', ':', ')', '%', "'s", "n't", "'", '?', '!'}


def _detokenize(tokens):
    s = ''
    for i, t in enumerate(tokens):
        if i == 0:
            s = t
        elif t in _NO_SPACE_BEFORE or tokens[i - 1] in {'(', '$'}:
            s += t
        else:
            s += ' ' + t
    return re.sub(r'" (.*?) "', r'"\1"', s)


def conll_texts(data):
    path = os.path.join(data, 'conll2003', 'conll2003_eng.testa.iob2.txt')
    docs, doc, sentence = [], [], []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if line.startswith('-DOCSTART-') or not line.strip():
                if sentence:
                    doc.append(sentence)
                    sentence = []
                if line.startswith('-DOCSTART-') and doc:
                    docs.append(doc)
                    doc = []
                continue
            sentence.append(line.split(' ')[0])
    if sentence:
        doc.append(sentence)
    if doc:
        docs.append(doc)
    out = {}
    for k, d in enumerate(docs):
        lines = [_detokenize(s) for s in d]
        out['conll-dev-%03d' % (k + 1)] = lines[0] + '\n\n' + '\n'.join(lines[1:])
    return out


def polnear_key(split, name):
    """The part of a PolNeAR label id that names its file: split and the first 10 hex digits of the
    SHA-1 of the file name (the names are headline slugs, which stay out of this repository)."""
    return 'polnear-%s-%s' % (split, hashlib.sha1(name.encode('utf-8')).hexdigest()[:10])


def polnear_texts(data):
    out = {}
    for split in ('train', 'dev'):
        base = os.path.join(data, 'polnear', split, 'text')
        for name in sorted(os.listdir(base)):
            with open(os.path.join(base, name), encoding='utf-8') as f:
                out[polnear_key(split, name)] = f.read()
    return out


def text_of(texts, doc_id):
    """The text of a label id: a PolNeAR id ends in one letter after its key (it keeps the document in the
    half, by CRC32 parity of the id, where the fifteenth round tuned or checked it)."""
    if doc_id.startswith('polnear-') and doc_id[:-1] in texts:
        return texts[doc_id[:-1]]
    return texts.get(doc_id)


SETS = {'wwn-dev': wwn_texts, 'conll-dev': conll_texts, 'polnear': polnear_texts}


def build(data, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for name, texts_of in SETS.items():
        texts = texts_of(data)
        label_file = os.path.join(LABELS, name + '.jsonl')
        n = rels = 0
        with open(label_file, encoding='utf-8') as f, \
                open(os.path.join(out_dir, name + '.jsonl'), 'w', encoding='utf-8') as w:
            for number, line in enumerate(f, 1):
                if not line.strip():
                    continue
                doc = json.loads(line)
                text = text_of(texts, doc['id'])
                if text is None:
                    sys.exit('%s:%d: no text for %s under %s' % (label_file, number, doc['id'], data))
                relations = []
                for r in doc['relations']:
                    start, end = r['evidence']
                    if not 0 <= start < end <= len(text):
                        sys.exit('%s:%d: evidence [%d, %d] outside the text (%d chars)'
                                 % (label_file, number, start, end, len(text)))
                    relations.append(dict(r, evidence=text[start:end]))
                w.write(json.dumps({'id': doc['id'], 'text': text, 'relations': relations},
                                   ensure_ascii=False) + '\n')
                n += 1
                rels += len(relations)
        print('%s/%s.jsonl: %d documents, %d relations' % (out_dir, name, n, rels))


def write_labels(name, gold, data):
    texts = SETS[name](data)
    out = []
    with open(gold, encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            doc = json.loads(line)
            text = text_of(texts, doc['id'])
            if text != doc['text']:
                sys.exit('%s:%d: the text of %s is not the one this script builds' % (gold, number, doc['id']))
            relations = []
            for r in doc['relations']:
                start = text.find(r['evidence'])
                if start < 0:
                    sys.exit('%s:%d: evidence not in the text of %s' % (gold, number, doc['id']))
                relations.append({'type': r['type'], 'country': r['country'], 'counterpart': r.get('counterpart'),
                                  'sector': r['sector'], 'evidence': [start, start + len(r['evidence'])]})
            out.append({'id': doc['id'], 'relations': relations})
    out.sort(key=lambda d: d['id'])
    with open(os.path.join(LABELS, name + '.jsonl'), 'w', encoding='utf-8') as w:
        for d in out:
            w.write(json.dumps(d, ensure_ascii=False) + '\n')
    print('%s: %d documents' % (os.path.join(LABELS, name + '.jsonl'), len(out)))


def main():
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    p.add_argument('--data', default=os.path.join('..', 'shared', 'data'))
    p.add_argument('--out', default=os.path.join('target', 'relation-sets'))
    p.add_argument('--write-labels', nargs=2, metavar=('NAME', 'GOLD'))
    a = p.parse_args()
    if a.write_labels:
        name, gold = a.write_labels
        if name not in SETS:
            sys.exit('unknown set %r (expected one of %s)' % (name, sorted(SETS)))
        write_labels(name, gold, a.data)
    else:
        build(a.data, a.out)


if __name__ == '__main__':
    main()
