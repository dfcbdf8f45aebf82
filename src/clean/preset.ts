/**
 * The document passes in order, and `cleanText`, which runs them. Each pass keeps the line count, so places
 * reported after cleaning are lines of the decoded file.
 */
import type { DiagnosticInput } from '../../schemas/diagnostic.js';
import { chrome } from './chrome.js';
import { footer } from './footer.js';
import { junkTags } from './junk-tags.js';
import { mirrorLinksPass } from './mirror-links.js';
import { mojibake } from './mojibake.js';
import { pinyinGlosses } from './pinyin-glosses.js';
import { script } from './script.js';
import { spamLines } from './spam-lines.js';
import { spamSubstitution, spamSubstitutionPass } from './spam-substitution.js';
import type { Pass, PassContext } from './types.js';

export const PRESET: readonly Pass[] = [
  // Junk tags first: they sit on lines of their own with bullets, and left in place they would make those lines
  // look like text to every later pass (spam-line shapes, chrome blocks, the footer's tail length).
  junkTags,
  // Mojibake before script conversion: the GBK-misread characters (璁句负棣栭〉) must be re-encoded exactly as
  // read, and conversion would change some of them. Repaired runs (设为首页) are then removed by the chrome pass.
  mojibake,
  // Glosses before conversion and before any lexicon: 社會(huì)保險 only becomes the word 社会保险 once the
  // gloss is gone, and a gloss is recognised by the Han character in front of it.
  pinyinGlosses,
  // Spam lines before conversion (the pass folds each line to Simplified itself): a Simplified keyword farm on a
  // Traditional page (seed 004) must not count as Simplified text when the original script is decided. Also
  // before the substitution repair, so a lone brand line (seed 001 line 1) goes as a line.
  spamLines,
  // Conversion before the remaining lexicon passes, so their word lists need only Simplified forms
  // (無障礙瀏覽 → 无障碍浏览).
  script,
  // Substitution repair before chrome: chrome lines never hold brands, but body lines do, and the page's own
  // clean sentences are evidence only while they are still in the text.
  spamSubstitution,
  // Mirror links after conversion, so the words that present a government site need one script.
  mirrorLinksPass,
  // Chrome after spam, so an app block that a keyword farm followed is judged on its own lines.
  chrome,
  // Footer last: the tail is only judged short once the keyword farm and the widgets after the body are gone.
  footer,
];

export interface CleanResult {
  text: string;
  facts: PassContext['facts'];
}

/**
 * A removal can expose something an earlier pass would have caught (a brand glued to a mojibake run hides the
 * run until the brand is gone), so the preset is repeated until the text stops changing. Clean pages stop
 * after one extra round that reports nothing.
 */
const MAX_ROUNDS = 3;

export interface CleanOptions {
  /** Passes to run (default: PRESET). */
  passes?: readonly Pass[];
  /**
   * Evidence for the spam substitution repair beyond the canonical texts and the page itself: texts of the other
   * files of the batch (`buildEvidence(...texts)`), so a sentence that reads clean elsewhere proves the original.
   */
  evidence?: readonly string[];
}

/** Runs the preset over decoded text. `report` receives every removal and repair (source = the pass id). */
export function cleanText(text: string, report: (diagnostic: DiagnosticInput) => void, options: CleanOptions = {}): CleanResult {
  const passes = (options.passes ?? PRESET).map((p) =>
    options.evidence && p.id === spamSubstitution.id ? spamSubstitutionPass(options.evidence) : p,
  );
  const facts: PassContext['facts'] = {};
  let out = text;
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const before = out;
    for (const pass of passes) {
      // Facts come from the first round: later rounds see already converted text (script would read 'simplified').
      const roundFacts: PassContext['facts'] = round === 0 ? facts : {};
      const ctx: PassContext = { facts: roundFacts, report: (d) => report({ source: pass.id, ...d }) };
      out = pass.run(out, ctx);
      if (round > 0 && roundFacts.breadcrumb) facts.breadcrumb ??= roundFacts.breadcrumb;
      // A metadata line a later round sets apart is still read by the parsers: it must not be lost with the round.
      if (round > 0 && roundFacts.metaLines) facts.metaLines = [...(facts.metaLines ?? []), ...roundFacts.metaLines];
    }
    if (out === before) break;
  }
  return { text: out, facts };
}
