import { describe, expect, it } from "vitest";
import { parseQuery, toTsQueries } from "@/lib/search/query";
import { bigrams, buildSearchDocument, zhTerms } from "@/lib/search/segment";
import { snippetParts, toSnippet } from "@/lib/contracts/search";
import { highlighter, makeSnippet, markMatches } from "@/lib/search/snippet";

describe("Chinese segmentation for search", () => {
  it("indexes words, characters and bigrams, so a phrase is found inside a longer one", () => {
    const terms = zhTerms("如何找回交易密码");
    expect(terms).toEqual(expect.arrayContaining(["交易", "易密", "密码", "找回", "码"]));
    const query = toTsQueries(parseQuery("交易密码"))!;
    for (const lexeme of query.all.match(/'([^']+)'/g)!.map((q) => q.slice(1, -1))) expect(terms).toContain(lexeme);
  });

  it("splits CJK from latin and folds full-width forms", () => {
    expect(zhTerms("ＵＳＤＴ提现到TRC20")).toEqual(expect.arrayContaining(["usdt", "trc20", "提现"]));
    expect(bigrams("提现到")).toEqual(["提现", "现到"]);
  });

  it("puts the title's terms on the first line of the search document", () => {
    const doc = buildSearchDocument("en", "How to withdraw", "Go to **Assets**.\n\nThen confirm.");
    expect(doc.split("\n")).toEqual(["how to withdraw", "go to assets then confirm"]);
  });
});

describe("query parsing", () => {
  it("drops question words, keeps the meaningful chunk", () => {
    const parsed = parseQuery("我的提现一直没到账怎么办");
    expect(parsed.terms.map((t) => t.text)).toEqual(["提现一直没到账"]);
    expect(toTsQueries(parsed)!.any).toContain("'到账'");
  });

  it("never lets tsquery syntax through", () => {
    const queries = toTsQueries(parseQuery("a' | !b & (c:*) <-> d\\"))!;
    expect(queries.all).toBe("'a' & 'b' & 'c' & 'd'");
  });

  it("keeps English words for typo correction and weights title queries", () => {
    const parsed = parseQuery("Withdrawl  fees");
    expect(parsed.typoWords).toEqual(["withdrawl", "fees"]);
    expect(toTsQueries(parsed)!.titleAll).toBe("'withdrawl':A & 'fees':A");
  });
});

describe("snippets", () => {
  it("marks stems and CJK matches as ranges, and gives the text back as it was (no HTML on the way)", () => {
    const pattern = highlighter(parseQuery("withdrawals 交易密码").terms);
    const snippet = toSnippet(markMatches("<b>Withdraw</b> 交易密码 withdrawing", pattern));
    expect(snippet).toEqual({
      text: "<b>Withdraw</b> 交易密码 withdrawing",
      highlights: [
        [3, 11],
        [16, 20],
        [21, 32],
      ],
    });
    expect(snippetParts(snippet)).toEqual([
      { text: "<b>", mark: false },
      { text: "Withdraw", mark: true },
      { text: "</b> ", mark: false },
      { text: "交易密码", mark: true },
      { text: " ", mark: false },
      { text: "withdrawing", mark: true },
    ]);
  });

  it("centres the snippet on the matches with ellipses", () => {
    const text = `${"Intro words. ".repeat(30)}The network fee depends on the network. ${"Outro words. ".repeat(30)}`;
    const parts = makeSnippet(text, highlighter(parseQuery("network").terms), 120);
    expect(parts[0].text).toBe("…");
    expect(parts.at(-1)!.text).toBe("…");
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(["network", "network"]);
  });
});
