/** IMO ship numbers: seven digits, the last a check digit over the first six weighted 7..2. */
export function isValidImo(digits: string): boolean {
  if (!/^\d{7}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += Number(digits[i]) * (7 - i);
  return sum % 10 === Number(digits[6]);
}

/** Pulls the seven digits out of a listed IMO value ("IMO 9522324", "9522324"). */
export function imoDigits(value: string): string | undefined {
  const m = /(\d{7})/.exec(value);
  return m && isValidImo(m[1]) ? m[1] : undefined;
}

/** Words that show the text is talking about ships, near a vessel's name. */
const MARITIME_CUE_CI =
  /\b(?:vessels?|tankers?|ships?|shipping|cargo|freighters?|carriers?|bulkers?|bulk carrier|supertankers?|tugs?|yachts?|barges?|trawlers?|flagged|re-flagged|reflagged|hull|sailed|docked|anchored|shadow fleet)\b/i;
const MARITIME_CUE_CS = /\b(?:MV|M\/V|M\.V\.|MT|M\/T|IMO|VLCC)\b/;

/** True when `window` (text around a name, one line) carries a maritime cue. */
export function hasMaritimeCue(window: string): boolean {
  return MARITIME_CUE_CI.test(window) || MARITIME_CUE_CS.test(window);
}
