import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ""): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value]] : flatten(value, `${prefix}${key}.`),
  );
/** The ICU argument names a message uses ({name}, {count, plural, …}), inside plural and select branches too. */
function argumentsOf(text: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if ("value" in element && typeof element.value === "string" && element.type !== TYPE.literal)
        names.add(element.value);
      if ("options" in element)
        for (const option of Object.values(element.options)) walk((option as { value: MessageFormatElement[] }).value);
      if ("children" in element) walk(element.children);
    }
  };
  try {
    walk(parse(text, { ignoreTag: true }));
  } catch {
    return ["(read raw)"]; // t.raw() texts such as the saved-reply placeholders' {{customer.name}}
  }
  return [...names].sort();
}

describe("messages files", () => {
  const reference = new Map(flatten(messages.en as unknown as Tree));

  it("exist for every configured language, and only for those", () => {
    const files = readdirSync(path.join(process.cwd(), "messages")).map((f) => f.replace(/\.json$/, ""));
    expect(files.sort()).toEqual([...LOCALES].sort());
  });

  it.each(LOCALES)("%s has every key of en, no extra key, and no placeholder the code does not pass", (locale) => {
    const own = new Map(flatten(JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as Tree));
    expect([...reference.keys()].filter((key) => !own.has(key))).toEqual([]);
    expect([...own.keys()].filter((key) => !reference.has(key))).toEqual([]);
    // A translation may leave out an argument its language does not need (Chinese has no plural: {count}), never
    // use one the code does not pass.
    const unknown = [...own].filter(([key, text]) => {
      const allowed = reference.has(key) ? argumentsOf(reference.get(key)!) : [];
      return argumentsOf(text).some((name) => !allowed.includes(name));
    });
    expect(unknown.map(([key]) => key)).toEqual([]);
  });
});
