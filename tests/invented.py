"""What the pipeline reads from an invented sentence, for the rule tests of each session."""
from graph.pipeline import read_extraction
from graph.types import RawArticle


def extraction(text):
    return read_extraction(RawArticle("invented.txt", text))


def bodies(text):
    return {(body.name, body.kind) for body, _, _ in extraction(text).bodies.values()}


def roles(text):
    return {(p.name, r.title, r.body.name) for p in extraction(text).persons for r in p.roles}


def documents(text):
    return {(document.number, document.kind) for document in extraction(text).documents}
