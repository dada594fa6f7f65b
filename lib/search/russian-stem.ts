// The Snowball Russian stemmer (snowballstem.org/algorithms/russian), the algorithm PostgreSQL's `russian` text
// search configuration uses, so the bot and the glossary meet Russian words in any case, number or tense as the
// help-center search does: "вывод", "вывода", "выводом" → "вывод"; "пришёл", "пришли" → "пришл".

const VOWEL = /[аеиоуыэюя]/;

// Each class is one list of endings, longest first (Snowball's "among" takes the longest ending that matches); an
// ending marked "after а/я" counts only after one of those letters, which stays on the stem.
type Ending = { text: string; afterA: boolean };
const endings = (plain: string, afterA = ""): Ending[] =>
  [
    ...plain.split(" ").map((text) => ({ text, afterA: false })),
    ...afterA
      .split(" ")
      .filter(Boolean)
      .map((text) => ({ text, afterA: true })),
  ].sort((a, b) => b.text.length - a.text.length);
const GERUND = endings("ив ивши ившись ыв ывши ывшись", "в вши вшись");
const ADJECTIVE = endings("ее ие ые ое ими ыми ей ий ый ой ем им ым ом его ого ему ому их ых ую юю ая яя ою ею");
const PARTICIPLE = endings("ивш ывш ующ", "ем нн вш ющ щ");
const REFLEXIVE = endings("ся сь");
const VERB = endings(
  "ила ыла ена ейте уйте ите или ыли ей уй ил ыл им ым ен ило ыло ено ят ует уют ит ыт ены ить ыть ишь ую ю",
  "ла на ете йте ли й л ем н ло но ет ют ны ть ешь нно",
);
const NOUN = endings(
  "а ев ов ие ье е иями ями ами еи ии и ией ей ой ий й иям ям ием ем ам ом о у ах иях ях ы ь ию ью ю ия ья я",
);
const DERIVATIONAL = endings("ость ост");
const SUPERLATIVE = endings("ейше ейш");

/** Where RV starts: after the first vowel. R2: after two vowel–consonant turns. */
function regions(word: string): { rv: number; r2: number } {
  const after = (from: number) => {
    for (let i = from + 1; i < word.length; i++) if (!VOWEL.test(word[i]) && VOWEL.test(word[i - 1])) return i + 1;
    return word.length;
  };
  const first = word.search(VOWEL);
  const r1 = after(0);
  return { rv: first < 0 ? word.length : first + 1, r2: after(r1) };
}

/** The longest ending of `list` that lies inside the region from `start` (with its а/я, when it needs one). */
function ending(word: string, start: number, list: Ending[]): string | null {
  for (const { text, afterA } of list) {
    if (!word.endsWith(text) || word.length - text.length < start) continue;
    if (!afterA) return text;
    const before = word.length - text.length - 1;
    if (before >= start && (word[before] === "а" || word[before] === "я")) return text;
  }
  return null;
}

const cut = (word: string, end: string | null) => (end ? word.slice(0, -end.length) : word);

function adjectival(word: string, rv: number): string | null {
  const adjective = ending(word, rv, ADJECTIVE);
  if (!adjective) return null;
  const rest = word.slice(0, -adjective.length);
  const participle = ending(rest, rv, PARTICIPLE);
  return (participle ?? "") + adjective;
}

export function stemRussian(input: string): string {
  let word = input.toLowerCase().replace(/ё/g, "е");
  const { rv, r2 } = regions(word);
  if (rv >= word.length) return word;
  // Step 1
  const gerund = ending(word, rv, GERUND);
  if (gerund) word = cut(word, gerund);
  else {
    word = cut(word, ending(word, rv, REFLEXIVE));
    const found = adjectival(word, rv) ?? ending(word, rv, VERB) ?? ending(word, rv, NOUN);
    word = cut(word, found);
  }
  // Step 2
  if (word.endsWith("и") && word.length - 1 >= rv) word = word.slice(0, -1);
  // Step 3
  word = cut(word, ending(word, Math.max(r2, rv), DERIVATIONAL));
  // Step 4
  if (word.endsWith("нн") && word.length - 2 >= rv) return word.slice(0, -1);
  const superlative = ending(word, rv, SUPERLATIVE);
  if (superlative) {
    word = cut(word, superlative);
    return word.endsWith("нн") ? word.slice(0, -1) : word;
  }
  if (word.endsWith("ь") && word.length - 1 >= rv) word = word.slice(0, -1);
  return word;
}
