/* nn11: numbers as the pages write them, so that the explorer's live values read exactly like
   the ones nn11site/explorer writes at build time (nn11site/explorer/data.py's `shown` and
   `shown_node`); tests/js/number-format.test.js compares them with Python's output. */

const MINUS = "\u2212";
// JavaScript drops the sign of -0 where Python writes it ("-0.000"): put it back
const withMinus = (text, x) => (Object.is(x, -0) ? MINUS : "") + text.replace(/-/g, MINUS);

/** Python's format(x, "#.4g") without a bare trailing point, with a real minus sign. */
export function shown(x) {
  if (!Number.isFinite(x)) return String(x);
  const [mantissa, exponent] = x.toExponential(3).split("e");
  const exp = x === 0 ? 0 : parseInt(exponent, 10);
  if (exp < -4 || exp >= 4) {
    const digits = String(Math.abs(exp)).padStart(2, "0");
    return withMinus(`${mantissa}e${exp < 0 ? "-" : "+"}${digits}`);
  }
  return withMinus(x.toFixed(3 - exp).replace(/\.$/, ""), x);
}

/** A node's value in the network diagram: format(x, ".3f"). */
export const shownNode = (x) => withMinus(x.toFixed(3), x);

/** An integer (the inputs X and targets y), with a real minus sign. */
export const shownInteger = (n) => withMinus(String(n));

/** 9999 as "9,999": how the pages write an iteration. */
export const counted = (n) => n.toLocaleString("en");
