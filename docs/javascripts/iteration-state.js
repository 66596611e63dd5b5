/* nn11: where the reader is in the explorer, without the DOM: which iteration is shown,
   which line of the loop step mode is at, whether it plays, and where the slider rests.
   explorer.js renders it; tests/js/iteration-state.test.js drives it through its moves.

   The slider moves through the kept iterations only (the data's); the number field takes
   any iteration. Step mode walks the loop's lines in order, skipping a print that does not
   run at this iteration, and past the last line goes on to iteration j + 1. */
import { keptBefore } from "./training-run.js";

export class IterationState {
  j = 0; // the iteration shown
  line = -1; // step mode's line (an index into `lines`), or -1: the whole iteration
  playing = false;

  /**
   * @param {object} run
   * @param {number[]} run.kept the kept iterations, ascending, the first 0
   * @param {number} run.total how many iterations the program runs
   * @param {string[]} run.lines each loop line's kind ("for", "array", "if", "print")
   * @param {Object<string, string>} run.printed what the program printed, by iteration
   */
  constructor({ kept, total, lines, printed }) {
    Object.assign(this, { kept, lines, printed, last: total - 1 });
  }

  get stepping() {
    return this.line >= 0;
  }

  /** The slider's position: between two kept iterations it rests on the earlier. */
  get sliderIndex() {
    return keptBefore(this.kept, this.j);
  }

  /** Whether the line at `index` runs at the shown iteration (a print only every so often). */
  runs(index) {
    return !(this.lines[index] === "print" && !(String(this.j) in this.printed));
  }

  /** Show iteration `j`, kept within the run. */
  show(j) {
    this.j = Math.max(0, Math.min(this.last, j));
  }

  /** The number field: any iteration; what is not a number is iteration 0. */
  typed(text) {
    this.playing = false;
    this.show(Math.round(Number(text)) || 0);
  }

  /** The slider moved to kept index `k`. From an iteration between two kept ones, one step
      back is the kept one before it (where the slider rests), not the one before that. */
  slid(k) {
    this.playing = false;
    const resting = this.sliderIndex;
    const backFromBetween = k === resting - 1 && this.kept[resting] !== this.j;
    this.show(this.kept[backFromBetween ? resting : k]);
  }

  /** Play or pause. Play leaves step mode and starts over from 0 at the last iteration. */
  togglePlay() {
    if (this.playing) {
      this.playing = false;
      return;
    }
    this.whole();
    if (this.j >= this.last) this.show(0);
    this.playing = true;
  }

  /** One tick of play: the next kept iteration; play stops at the last. */
  tick() {
    this.show(this.kept[Math.min(this.kept.length - 1, this.sliderIndex + 1)]);
    if (this.j >= this.last) this.playing = false;
  }

  /** Step mode's "Next line" (the first press enters step mode at the loop's first line). */
  nextLine() {
    this.playing = false;
    if (this.line < 0) {
      this.line = 0;
      return;
    }
    do this.line++; while (this.line < this.lines.length && !this.runs(this.line));
    if (this.line >= this.lines.length) {
      this.line = 0;
      this.show(this.j + 1);
    }
  }

  /** Leave step mode: the whole iteration at once. */
  whole() {
    this.line = -1;
  }
}
