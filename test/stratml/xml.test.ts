import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseXml, XmlSyntaxError } from "../../src/stratml/xml.js";
import { tempDir } from "../helpers.js";

describe("parseXml", () => {
  it("gives each element its local name, namespace and the line and column of its start tag", () => {
    const root = parseXml(`<?xml version="1.0"?>\n<s:StrategicPlan xmlns:s="urn:x">\n  <s:Name a="1">Plan &amp; more</s:Name>\n<s:Goal><![CDATA[<raw>]]></s:Goal></s:StrategicPlan>`);
    expect(root.name).toBe("StrategicPlan");
    expect(root.namespace).toBe("urn:x");
    expect(root.position).toEqual({ line: 2, column: 1 });
    const [name, goal] = root.children;
    expect(name).toMatchObject({ name: "Name", text: "Plan & more", attributes: { a: "1" }, position: { line: 3, column: 3 } });
    expect(goal).toMatchObject({ name: "Goal", text: "<raw>", position: { line: 4, column: 1 } });
  });

  it("reports a file that is not well-formed with the line and column where reading stopped", () => {
    const error = (() => {
      try {
        parseXml("<a>\n  <b>\n</a>");
      } catch (e) {
        return e as XmlSyntaxError;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(XmlSyntaxError);
    expect(error!.position.line).toBe(3);
    expect(error!.messageId).toBe("notWellFormed");
    expect(error!.data.reason).not.toMatch(/^\d+:\d+/);
  });

  it("never reads an external entity (no XXE): the secret stays out of the result", () => {
    const dir = tempDir({ "secret.txt": "TOP-SECRET-VALUE" });
    const secret = path.join(dir, "secret.txt");
    const attack = `<?xml version="1.0"?>\n<!DOCTYPE StrategicPlan [<!ENTITY xxe SYSTEM "file://${secret}">]>\n<StrategicPlan><Name>&xxe;</Name></StrategicPlan>`;
    let thrown: unknown;
    try {
      parseXml(attack);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(XmlSyntaxError);
    expect((thrown as XmlSyntaxError).messageId).toBe("doctypeEntities");
    expect(String((thrown as Error).message)).toMatch(/DOCTYPE declares entities/);
    expect(JSON.stringify(thrown)).not.toContain("TOP-SECRET-VALUE");
  });

  it("never expands a DOCTYPE's entities (no billion laughs)", () => {
    const levels = Array.from({ length: 10 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join("");
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol0 "lol">${levels}]>\n<StrategicPlan><Name>&lol10;</Name></StrategicPlan>`;
    expect(() => parseXml(bomb)).toThrow(/never expands DTD/);
  });

  it("refuses an entity a DOCTYPE without declarations does not define, instead of fetching anything", () => {
    expect(() => parseXml(`<!DOCTYPE StrategicPlan SYSTEM "http://example.invalid/plan.dtd">\n<StrategicPlan><Name>&ext;</Name></StrategicPlan>`)).toThrow(/undefined entity/);
  });

  it("keeps the five predefined entities and character references", () => {
    expect(parseXml("<a>&lt;&gt;&amp;&quot;&apos;&#65;&#x42;</a>").text).toBe(`<>&"'AB`);
  });
});
