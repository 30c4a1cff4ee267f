/**
 * The features the learned layer reads from a normalised message: character 1-3-grams (of code points, so an emoji
 * is one character; the message padded with a space at each end, runs of white space collapsed; single Latin
 * letters, digits and spaces left out), English
 * words of two letters or more, and pairs of neighbouring English words. Each feature once per message.
 * Character n-grams suit Japanese, which has no spaces; they also survive typos and spelling variants.
 */
export function textFeatures(normalised: string): string[] {
  const chars = Array.from(` ${normalised.replace(/\s+/g, ' ')} `);
  const out = new Set<string>();
  for (let k = 1; k <= 3; k++) {
    for (let i = 0; i + k <= chars.length; i++) {
      const gram = chars.slice(i, i + k).join('');
      if (k === 1 && /[a-z0-9 ]/.test(gram)) continue;
      out.add(gram);
    }
  }
  const words = normalised.split(/[^a-z0-9]+/).filter((w) => w.length > 1);
  for (const w of words) out.add(`w:${w}`);
  for (let i = 0; i + 1 < words.length; i++) out.add(`b:${words[i]}_${words[i + 1]}`);
  return [...out];
}
