import { same, test } from "./runner.js";
import { counted, shown, shownInteger, shownNode } from "/javascripts/number-format.js";

const python = await (await fetch("/fixtures/formats.json")).json();

test("shown writes every number as Python's format(x, '#.4g') does, with a real minus", () => {
  same(python.shown.map(([x]) => shown(x)), python.shown.map(([, text]) => text));
});

test("shownNode writes a node's value as format(x, '.3f') does", () => {
  same(python.node.map(([x]) => shownNode(x)), python.node.map(([, text]) => text));
});

test("integers and iteration counts read as on the page: a real minus, commas", () => {
  same([shownInteger(-1), shownInteger(0), counted(9999), counted(59999)],
    ["\u22121", "0", "9,999", "59,999"]);
});
