import { writeFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeXml } from "../../src/stratml/decode-xml.js";
import { importStratml } from "../../src/stratml/import.js";
import { parseXml, XmlSyntaxError } from "../../src/stratml/xml.js";
import { runOgp, tempDir } from "../helpers.js";
import { minimal } from "./fixtures.js";

// StratML input in its declared encoding (issue 23): Latin-1 read as Latin-1, UTF-16 with or
// without a byte order mark, and no control character brought in by an XML 1.1 reference.

const PLAN = (declaration: string, title: string) => `${declaration}\n${minimal("StrategicPlan", "", `<Name>${title}</Name><StrategicPlanCore><Goal><Name>G</Name><Description>d</Description></Goal></StrategicPlanCore>`).replace(/^<\?xml[^>]*>\n/, "")}`;
const cp1252 = (text: string) => Buffer.from([...text].map((c) => ({ "—": 0x97, "“": 0x93, "”": 0x94, "€": 0x80 })[c] ?? c.charCodeAt(0)));
const titleOf = (bytes: Uint8Array) => {
  const decoded = decodeXml(bytes);
  if (!decoded.ok) throw new Error(decoded.messageId);
  return importStratml(decoded.text, "plan.xml").data.title;
};

describe("decodeXml", () => {
  it("reads Latin-1 bytes under a Latin-1 declaration, as windows-1252 (curly quotes, dashes, euro)", () => {
    expect(titleOf(cp1252(PLAN('<?xml version="1.0" encoding="ISO-8859-1"?>', "Café — “€5”")))).toBe("Café — “€5”");
    expect(titleOf(cp1252(PLAN("<?xml version='1.0' encoding='windows-1252'?>", "Café — “€5”")))).toBe("Café — “€5”");
    expect(titleOf(cp1252(PLAN('<?xml version="1.0" encoding="latin1" standalone="yes"?>', "Göteborg")))).toBe("Göteborg");
  });

  it("reads UTF-16 without a byte order mark from the bytes of '<?xml', both byte orders, and with one", () => {
    const text = PLAN('<?xml version="1.0" encoding="UTF-16"?>', "Café — “ok” 計画");
    const le = Buffer.from(text, "utf16le");
    const be = Buffer.from(le).swap16();
    expect(titleOf(le)).toBe("Café — “ok” 計画");
    expect(titleOf(be)).toBe("Café — “ok” 計画");
    expect(titleOf(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toBe("Café — “ok” 計画");
    expect(titleOf(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toBe("Café — “ok” 計画");
  });

  it("keeps UTF-8 the default, with a BOM or without, and places invalid UTF-8 at its line and column", () => {
    expect(titleOf(Buffer.from(PLAN('<?xml version="1.0"?>', "Café")))).toBe("Café");
    expect(titleOf(Buffer.from(`\uFEFF${PLAN('<?xml version="1.0" encoding="utf-8"?>', "Café")}`))).toBe("Café");
    const latin1Undeclared = cp1252(PLAN('<?xml version="1.0"?>', "Café"));
    expect(decodeXml(latin1Undeclared)).toEqual({ ok: false, messageId: "invalidUtf8", data: {}, position: { line: 2, column: 25 } });
  });

  it("refuses encodings it cannot read, by name", () => {
    expect(decodeXml(Buffer.from('<?xml version="1.0" encoding="x-klingon"?><a/>'))).toMatchObject({ ok: false, messageId: "unsupportedEncoding", data: { encoding: "x-klingon" } });
    expect(decodeXml(Buffer.from([0x4c, 0x6f, 0xa7, 0x94, 0x93]))).toMatchObject({ ok: false, messageId: "unsupportedEncoding", data: { encoding: "EBCDIC" } });
    expect(decodeXml(Buffer.from([0, 0, 0, 0x3c, 0, 0, 0, 0x3f]))).toMatchObject({ ok: false, messageId: "unsupportedEncoding", data: { encoding: "UCS-4" } });
    expect(decodeXml(Buffer.from([0x3c, 0x00, 0x3f]))).toMatchObject({ ok: false, messageId: "nulBytes" });
    expect(decodeXml(Buffer.from([0x3c, 0x00, 0x3f, 0x00, 0x78]))).toMatchObject({ ok: false, messageId: "invalidInEncoding", data: { encoding: "utf-16le" } });
  });

  it("reads any text written in UTF-16 (either order) or in windows-1252 as it was written", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."aé—“”€ <>&Ωß".split("")), maxLength: 40 }), (title) => {
        const escaped = title.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
        const text = PLAN('<?xml version="1.0" encoding="UTF-16"?>', escaped);
        const le = Buffer.from(text, "utf16le");
        const decodedLe = decodeXml(le);
        const decodedBe = decodeXml(Buffer.from(le).swap16());
        expect(decodedLe).toEqual({ ok: true, text, encoding: "utf-16le" });
        expect(decodedBe).toEqual({ ok: true, text, encoding: "utf-16be" });
        const latin = title.replace(/Ω/g, "O");
        const cp = PLAN('<?xml version="1.0" encoding="ISO-8859-1"?>', latin.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"));
        expect(decodeXml(cp1252(cp))).toMatchObject({ ok: true, text: cp });
      }),
    );
  });
});

describe("control characters", () => {
  const refusal = (xml: string) => {
    try {
      parseXml(xml);
    } catch (error) {
      return error as XmlSyntaxError;
    }
    return undefined;
  };

  it.each([
    ["an XML 1.1 reference to ESC in text", '<?xml version="1.1"?><a>x&#x1b;]0;PWNED&#x7;</a>', "U+001B"],
    ["an XML 1.1 reference to BEL in an attribute", '<?xml version="1.1"?><a b="&#x7;"/>', "U+0007"],
    ["an XML 1.1 reference to CSI (C1)", '<?xml version="1.1"?><a>&#x9b;2J</a>', "U+009B"],
    ["a literal C1 control in XML 1.0", "<?xml version=\"1.0\"?><a>x\u009by</a>", "U+009B"],
  ])("refuses %s with one xml-syntax finding naming it", (_name, xml, code) => {
    const error = refusal(xml);
    expect(error).toBeInstanceOf(XmlSyntaxError);
    expect([error!.messageId, error!.data]).toEqual(["controlCharacter", { code }]);
    expect(error!.position.line).toBe(1);
  });

  it("keeps tab and line ends, and XML 1.0's refusal of a reference to a control character", () => {
    expect(parseXml("<a>x&#x9;y&#xa;z&#xd;</a>").text).toBe("x\ty\nz\r");
    expect(refusal('<?xml version="1.0"?><a>x&#x1b;</a>')?.messageId).toBe("notWellFormed");
  });
});

describe("ogp lint of StratML in other encodings (built binary)", () => {
  it("reads Latin-1 and BOM-less UTF-16 files, and refuses control characters at their line", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "latin1.xml"), cp1252(PLAN('<?xml version="1.0" encoding="ISO-8859-1"?>', "Café — “quoted”")));
    writeFileSync(path.join(dir, "utf16.xml"), Buffer.from(PLAN('<?xml version="1.0" encoding="UTF-16"?>', "Café"), "utf16le"));
    writeFileSync(path.join(dir, "control.xml"), PLAN('<?xml version="1.1"?>', "Plan &#x1b;]0;PWNED&#x7;"));
    const clean = await runOgp(["lint", "latin1.xml", "utf16.xml", "--format", "json"], { cwd: dir });
    expect(JSON.parse(clean.stdout).problems).toEqual([]);
    expect(clean.code).toBe(0);
    const shown = await runOgp(["show", "latin1", "latin1.xml"], { cwd: dir });
    expect(shown.stdout).toContain("Café — “quoted”");
    const refused = await runOgp(["lint", "control.xml"], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/2:\d+ +error +the text holds the control character U\+001B .* +xml-syntax/);
    expect(refused.stdout).not.toContain("\u001b]0;");
  });
});
