import { glossaryHits, type CompiledGlossary } from "@/lib/search/glossary";
import { stemRussian } from "@/lib/search/russian-stem";
import { normalizeText } from "@/lib/search/segment";

// The bot's view of text: weighted tokens. Latin and Cyrillic words stemmed (w:), Chinese as character pairs (b:) with single
// characters as a weak fallback (u:), and every glossary group the text mentions (g:), so synonyms meet.

const EN_STOP = new Set(
  (
    "a an the i me my we our you your it its is are was were be been being am do does did doing have has had having " +
    "to of in on at for from by with about as into than then so and or but if not no can could would should will shall " +
    "may might must what which who whom whose when where why how this that these those there here just please pls plz " +
    "hi hello hey thanks thank ok okay any some get got getting still yet also very really much many more any anyone " +
    "im ive id dont cant wont didnt doesnt isnt wasnt want wanna need know tell help one way now keep make take use " +
    "thing things something stuff guys mine myself yours"
  ).split(" "),
);

// Function words of a Russian question, as customers write them (with and without ё).
const RU_STOP = new Set(
  (
    "и в во не что он на я с со как а то все всё она так его но да ты к у же вы за бы по только ее её мне было вот от " +
    "меня еще ещё нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам " +
    "ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз " +
    "тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее " +
    "сейчас были куда зачем всех никогда можно при наконец два об другой хоть после над больше тот через эти нас про " +
    "всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой им " +
    "более всегда конечно всю между это моё мое мои моего моей моих мою моими моим моему мною твой твои ваши нужно " +
    "хочу хотел хотела хотим какая-то какой-то что-то где-то вообще типа короче блин " +
    "подскажите скажите пожалуйста плиз привет здравствуйте добрый день спасибо помогите помочь почему " +
    "какие каким каких сколько ли вообще просто очень вас ваш ваша ваше ваши вашей вашего"
  ).split(" "),
);

// Function words of a Chinese question; cut out before pairing so "怎么" never counts as content.
const ZH_STOP =
  /怎么办|怎么样|怎么|怎样|如何|为什么|为啥|为何|什么|啥|咋|请问|可以|能不能|能否|是不是|是否|一下|一直|我们|你们|您们|我的|你的|我|你|您|的|了|吗|呢|吧|啊|呀|么|嘛|哦|在哪里|在哪|哪里|哪儿|要|想|还|就|都|也|和|与|或|是|有没有|有|没有|不|能|会|该|把|被|让|给|这|那|个|过/g;

const CJK_RUN = /\p{Script=Han}+/gu;
const LATIN = /[a-z0-9]+/g;
const CYRILLIC = /\p{Script=Cyrillic}+/gu;

const SUFFIXES = [
  "ational",
  "ations",
  "ation",
  "ments",
  "ment",
  "ings",
  "ing",
  "ness",
  "ies",
  "ied",
  "ers",
  "er",
  "ed",
  "es",
  "ly",
  "s",
  "al",
  "y",
  "e",
];

export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) return word.slice(0, -suffix.length);
  }
  return word;
}

export type Tokens = Map<string, number>;

const add = (tokens: Tokens, token: string, weight: number) =>
  tokens.set(token, Math.max(tokens.get(token) ?? 0, weight));

const segmenter = new Intl.Segmenter("zh", { granularity: "word" });

/**
 * Character pairs inside the segmenter's words count fully; pairs across a word boundary only a little (they rescue
 * words the dictionary splits wrongly, but "在审" in "提现一直在审核" must not tie it to "认证一直在审核"); single
 * characters are the weakest fallback.
 */
function addChinese(tokens: Tokens, piece: string) {
  const chars = [...piece];
  if (!chars.length) return;
  for (let i = 0; i + 1 < chars.length; i++) add(tokens, `b:${chars[i]}${chars[i + 1]}`, 0.3);
  for (const { segment } of segmenter.segment(piece)) {
    const inner = [...segment];
    for (let i = 0; i + 1 < inner.length; i++) add(tokens, `b:${inner[i]}${inner[i + 1]}`, 1);
    for (const c of inner) add(tokens, `u:${c}`, inner.length === 1 ? 0.6 : 0.25);
  }
}

/** The tokens of a text with their type weights (the ranker multiplies them by idf). */
export function botTokens(text: string, glossary: CompiledGlossary | null): Tokens {
  const t = normalizeText(text);
  const tokens: Tokens = new Map();
  for (const word of t.replace(CJK_RUN, " ").match(LATIN) ?? []) {
    if (EN_STOP.has(word) || (word.length < 2 && !/\d/.test(word) && word !== "u")) continue;
    add(tokens, `w:${stem(word)}`, 1);
  }
  for (const word of t.match(CYRILLIC) ?? []) {
    if (RU_STOP.has(word) || word.length < 2) continue;
    add(tokens, `w:${stemRussian(word)}`, 1);
  }
  for (const run of t.match(CJK_RUN) ?? []) {
    for (const piece of run.replace(ZH_STOP, " ").split(" ")) addChinese(tokens, piece);
  }
  if (glossary) for (const hit of glossaryHits(glossary, t)) add(tokens, `g:${hit.id}`, 1.2);
  return tokens;
}
