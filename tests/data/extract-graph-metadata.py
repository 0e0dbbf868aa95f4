#!/usr/bin/env python3
"""Cut the trimmed Microsoft Graph v1.0 CSDL extract the metadata conformance test reads.

Usage (see README.md beside this file):
  extract-graph-metadata.py CLEAN_METADATA_XML COMMIT DATE > graph-v1.0-metadata-extract.xml

CLEAN_METADATA_XML is clean_v10_metadata/cleanMetadata.xml of microsoftgraph/msgraph-metadata at
COMMIT (committed on DATE). Elements are copied verbatim from the microsoft.graph schema: the entity
types below with every base type they name, the complex types listed, every Action and Function
bound to one of those entity types (or a collection of one), and the entity sets and singletons
below from the GraphService container. Nothing else is kept.
"""
import re
import sys
import textwrap

ENTITY_TYPES = ["user", "device", "directoryRole", "signIn", "auditLogRoot"]
COMPLEX_TYPES = ["signInActivity"]
ENTITY_SETS = ["users", "devices", "directoryRoles"]
SINGLETONS = ["me", "auditLogs"]


def element(text, tag, name, start=0, end=None):
    """The whole <tag Name="name" ...> element (start tag to its end tag), or None."""
    match = re.compile(r'^[ \t]*<%s Name="%s"[ >/]' % (tag, re.escape(name)), re.M).search(
        text, start, end if end is not None else len(text))
    if not match:
        return None
    open_end = text.index(">", match.start())
    if text[open_end - 1] == "/":
        return text[match.start():open_end + 1]
    close = text.index("</%s>" % tag, open_end)
    return text[match.start():close + len(tag) + 3]


def main():
    path, commit, date = sys.argv[1:4]
    with open(path, encoding="utf-8-sig") as f:
        text = f.read()
    schema_start = text.index('<Schema Namespace="microsoft.graph" ')
    schema_end = text.index("</Schema>", schema_start)
    schema_tag = text[schema_start:text.index(">", schema_start) + 1]
    container_start = text.index("<EntityContainer ", schema_start, schema_end)
    container_end = text.index("</EntityContainer>", container_start)
    container_tag = text[container_start:text.index(">", container_start) + 1]

    types = []
    wanted = list(ENTITY_TYPES)
    while wanted:
        name = wanted.pop(0)
        if name in types:
            continue
        types.append(name)
        body = element(text, "EntityType", name, schema_start, container_start)
        if body is None:
            sys.exit("no EntityType %s" % name)
        base = re.match(r'<EntityType [^>]*BaseType="graph\.(\w+)"', body.strip())
        if base:
            wanted.append(base.group(1))

    out = []
    for name in sorted(types, key=str.lower):
        out.append(element(text, "EntityType", name, schema_start, container_start))
    for name in COMPLEX_TYPES:
        out.append(element(text, "ComplexType", name, schema_start, container_start))

    bindings = {"graph.%s" % t for t in types} | {"Collection(graph.%s)" % t for t in types}
    for match in re.finditer(r'^[ \t]*<(Action|Function) Name="(\w+)" IsBound="true"', text[:container_start], re.M):
        if match.start() < schema_start:
            continue
        tag = match.group(1)
        close = text.index("</%s>" % tag, match.start())
        body = text[match.start():close + len(tag) + 3]
        binding = re.search(r'<Parameter Name="\w+" Type="([^"]+)"', body)
        if binding and binding.group(1) in bindings:
            out.append(body)

    members = [element(text, "EntitySet", n, container_start, container_end) for n in ENTITY_SETS]
    members += [element(text, "Singleton", n, container_start, container_end) for n in SINGLETONS]
    if None in members:
        sys.exit("an entity set or singleton is missing")

    def indent(block):
        # Every element starts at the schema's member indentation in the source already.
        return block if block.startswith(" ") else "      " + block

    print('<?xml version="1.0" encoding="utf-8"?>')
    print("<!--")
    header = (
        "Microsoft Graph v1.0 metadata (CSDL), TRIMMED: a verbatim extract, not the whole model. "
        "Source: github.com/microsoftgraph/msgraph-metadata, file "
        "clean_v10_metadata/cleanMetadata.xml at commit %s (%s). "
        "Kept from the microsoft.graph schema: the entity types %s and their base types; the "
        "complex types %s; every Action and Function bound to one of those entity types; the "
        "entity sets %s and the singletons %s of the GraphService container. Types that these "
        "elements refer to are not included. Regenerate with "
        "tests/data/extract-graph-metadata.py (see tests/data/README.md)."
        % (commit, date, ", ".join(ENTITY_TYPES), ", ".join(COMPLEX_TYPES),
           ", ".join(ENTITY_SETS), ", ".join(SINGLETONS)))
    for line in textwrap.wrap(header, 96):
        print("  " + line)
    print("-->")
    print('<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">')
    print("  <edmx:DataServices>")
    print("    " + schema_tag)
    for block in out:
        print(indent(block))
    print("      " + container_tag)
    for block in members:
        print(block if block.startswith(" ") else "        " + block)
    print("      </EntityContainer>")
    print("    </Schema>")
    print("  </edmx:DataServices>")
    print("</edmx:Edmx>")


if __name__ == "__main__":
    main()
