/**
 * Office's CustomUI schema (wps/schema/customUI.xsd, Microsoft's schema for the 2006/01 customui namespace,
 * as shipped with the Office Custom UI Editor) declares some attributes twice in derived types: an
 * <xsd:extension> adds an attribute group whose attributes its base type already has (CT_DropDownRegular,
 * CT_Menu, CT_SplitButtonBase …). .NET's validator lets that pass; libxml2 follows XSD 1.0 ("two distinct
 * attribute declarations … must not have identical names") and refuses to compile the schema. This makes the
 * one repair that changes nothing a document may contain: an extension drops the attribute uses its base
 * already declares, keeping the others (a group is replaced by just its new attributes).
 */
import { XMLBuilder, XMLParser } from "fast-xml-parser";

type Node = Record<string, unknown> & { ":@"?: Record<string, string> };

const OPTIONS = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  commentPropName: "#comment",
};

const tag = (n: Node) => Object.keys(n).find((k) => k !== ":@") ?? "";
const kids = (n: Node) => (n[tag(n)] as Node[] | undefined) ?? [];
const attr = (n: Node, name: string) => n[":@"]?.[`@_${name}`];

export function compilableCustomUiSchema(xsd: string): string {
  const doc = new XMLParser(OPTIONS).parse(xsd) as Node[];
  const schema = doc.find((n) => tag(n) === "xsd:schema");
  if (!schema) throw new Error("customUI.xsd: no xsd:schema element");
  const top = kids(schema);
  const groups = new Map(top.filter((n) => tag(n) === "xsd:attributeGroup").map((n) => [attr(n, "name")!, n]));
  const types = new Map(top.filter((n) => tag(n) === "xsd:complexType").map((n) => [attr(n, "name")!, n]));

  /** Attribute declarations a group contributes, nested groups expanded. */
  const groupAttributes = (name: string): Node[] =>
    kids(groups.get(name) ?? {}).flatMap((c) =>
      tag(c) === "xsd:attribute" ? [c] : tag(c) === "xsd:attributeGroup" ? groupAttributes(attr(c, "ref")!) : [],
    );
  const declared = (holder: Node): string[] =>
    kids(holder).flatMap((c) =>
      tag(c) === "xsd:attribute"
        ? [attr(c, "name")!]
        : tag(c) === "xsd:attributeGroup"
          ? groupAttributes(attr(c, "ref")!).map((a) => attr(a, "name")!)
          : [],
    );
  const extensionOf = (type: Node): Node | undefined =>
    kids(type)
      .filter((c) => tag(c) === "xsd:complexContent")
      .flatMap(kids)
      .find((c) => tag(c) === "xsd:extension");
  /** Every attribute name a complex type has, its bases' included. */
  const allAttributes = (typeName: string): Set<string> => {
    const type = types.get(typeName);
    if (!type) return new Set();
    const ext = extensionOf(type);
    return new Set([...declared(type), ...(ext ? [...allAttributes(attr(ext, "base")!), ...declared(ext)] : [])]);
  };

  for (const type of types.values()) {
    const ext = extensionOf(type);
    if (!ext) continue;
    const inherited = allAttributes(attr(ext, "base")!);
    ext[tag(ext)] = kids(ext).flatMap((c) => {
      if (tag(c) === "xsd:attribute") return inherited.has(attr(c, "name")!) ? [] : [c];
      if (tag(c) !== "xsd:attributeGroup") return [c];
      const own = groupAttributes(attr(c, "ref")!);
      const fresh = own.filter((a) => !inherited.has(attr(a, "name")!));
      return fresh.length === own.length ? [c] : fresh;
    });
  }
  return new XMLBuilder({ ...OPTIONS, format: true, suppressEmptyNode: true }).build(doc) as string;
}
