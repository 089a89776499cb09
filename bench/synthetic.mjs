/**
 * A synthetic stream of readout-like and news-like sentences, invented from templates (no real
 * text), for throughput figures at scale. Deterministic for a given seed.
 */
const SPEAKERS = ['Secretary of State Antony J. Blinken', 'President Joe Biden', 'The Secretary', 'Foreign Minister Wang Yi', 'Chinese Foreign Minister Qin Gang', 'Prime Minister Rishi Sunak', 'Russian Foreign Minister Sergey Lavrov', 'Japanese Prime Minister Fumio Kishida', 'The two sides', 'Both leaders', 'He', 'The United States', 'Beijing', 'The Kremlin', 'NATO Secretary General Jens Stoltenberg'];
const OTHERS = ['China', 'the PRC', 'Russia', 'Ukraine', 'Japan', 'the United Kingdom', 'India', 'France', 'Germany', 'NATO', 'the European Union', 'President Xi Jinping', 'President Zelenskyy', 'Chancellor Olaf Scholz', 'Brazil', 'Israel', 'Iran'];
const TEMPLATES = [
  (s, o) => `${s} met with ${o} in Washington on Tuesday to discuss trade and security.`,
  (s, o) => `${s} spoke by phone with ${o} about the situation in the Middle East.`,
  (s, o) => `${s} raised concerns about ${o}’s military activities near the border.`,
  (s, o) => `${s} reaffirmed support for ${o} and welcomed progress on the working groups.`,
  (s, o) => `${s} urged ${o} to release wrongfully detained citizens.`,
  (s, o) => `${s} condemned the attack and called on ${o} to exercise restraint.`,
  (s, o) => `${s} agreed to hold another round of talks with ${o} in the coming months.`,
  (s, o) => `${s} invited ${o} to visit at a mutually convenient time.`,
  (s, o) => `${s} underscored the importance of maintaining open channels of communication with ${o}.`,
  (s, o) => `${s} said the sanctions imposed by ${o} were unacceptable and would not go unanswered.`,
  (s, o) => `${s} thanked ${o} for its humanitarian assistance and pledged further cooperation.`,
  (s, o) => `${s} did not agree with ${o} on the timing of the ceasefire.`,
];

/** Yields documents of about 8 sentences each until `sentences` sentences have been produced. */
/** @param {number} sentences @param {number} [seed] @returns {Generator<string>} */
export function* syntheticDocuments(sentences, seed = 42) {
  let state = seed >>> 0;
  /** @param {number} n */
  const next = (n) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
  let made = 0;
  while (made < sentences) {
    const k = Math.min(8, sentences - made);
    /** @type {string[]} */
    const parts = [];
    for (let i = 0; i < k; i++) parts.push(TEMPLATES[next(TEMPLATES.length)](SPEAKERS[next(SPEAKERS.length)], OTHERS[next(OTHERS.length)]));
    made += k;
    yield parts.join(' ');
  }
}
