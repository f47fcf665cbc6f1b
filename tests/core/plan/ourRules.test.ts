import { KeptLooks, rulesToRemove, SheetLooks } from "../../../src/core/plan/ourRules";
import type { CellRange } from "../../../src/core/types";

const RED_K = 'OR($K11="红",$K11="red")';
const id = (f: string) => f;
/** A check's plan writing our rule of this formula again (over F11:F15 J11:K15 unless told). */
const again = (formula: string, ranges: CellRange[] = [r(10, 5, 14, 5), r(10, 9, 14, 10)]) => [{ formula, ranges }];
function r(top: number, left: number, bottom: number, right: number): CellRange {
  return { top, left, bottom, right };
}

describe("rulesToRemove", () => {
  test("the recorded formula itself, where it is", () => {
    expect(rulesToRemove([RED_K, 'OR($K20="红",$K20="red")'], id, RED_K)).toEqual([RED_K]);
  });

  test("none with it: the rules of its shape (moved); with a plan, only those testing its column or a planned one", () => {
    const moved = 'OR($K13="红",$K13="red")'; // rows inserted above
    const shifted = 'OR($L13="红",$L13="red")'; // and a column left of it
    const theirs = 'OR($J11="红",$J11="red")'; // the clerk's edit of our formula
    const rules = [moved, shifted, theirs];
    expect(rulesToRemove(rules, id, RED_K)).toEqual(rules); // Clear marks: as before
    expect(rulesToRemove(rules, id, RED_K, [])).toEqual([moved]);
    expect(rulesToRemove(rules, id, RED_K, again(shifted))).toEqual([moved, shifted]);
  });

  // review63: our rule broken by the clerk's deletion (breaker63) goes; a rule of the clerk's with that broken formula
  // stays — their copy of ours over their own columns (复制规则 → 应用于 A:D) or ours they widened over theirs, its key
  // column deleted since, which they may be fixing (管理规则 → 编辑). On int63 every one of them went.
  describe("broken (#REF!): ours go, the clerk's stay", () => {
    const BROKEN = 'OR(#REF!="红",#REF!="red")';
    const recorded = [r(10, 5, 14, 5), r(10, 9, 14, 10)]; // F11:F15 J11:K15; K deleted: ours over F11:F15 J11:J15
    type Rule = { formula: string; ranges: CellRange[] | null };
    const where = { rangesOf: (x: Rule) => x.ranges, recorded };
    const f = (x: Rule) => x.formula;
    const ours = { formula: BROKEN, ranges: [r(10, 5, 14, 5), r(10, 9, 14, 9)] };
    const copy = { formula: BROKEN, ranges: [r(10, 0, 14, 3)] }; // A11:D15, the clerk's copy
    const widened = { formula: BROKEN, ranges: [r(10, 3, 14, 9)] }; // D11:J15: ours widened over D:E, K deleted
    test("a check and Clear marks take ours only", () => {
      expect(rulesToRemove([copy, ours, widened], f, RED_K, again(RED_K), where)).toEqual([ours]);
      expect(rulesToRemove([copy, ours, widened], f, RED_K, undefined, where)).toEqual([ours]);
      expect(rulesToRemove([copy], f, RED_K, undefined, where)).toEqual([]);
    });
    test("ours moved left by columns deleted before the table: still ours", () => {
      const moved = { formula: BROKEN, ranges: [r(10, 3, 14, 3), r(10, 7, 14, 7)] }; // B:C and K deleted
      expect(rulesToRemove([moved], f, RED_K, undefined, where)).toEqual([moved]);
    });
    test("not told where: as breaker63 made it", () => {
      expect(rulesToRemove([copy, ours], f, RED_K)).toEqual([copy, ours]);
    });
  });

  describe("where the rules lie: of several, those over our columns", () => {
    const recorded = [r(10, 5, 14, 5), r(10, 9, 14, 10)]; // F11:F15 J11:K15
    type Rule = { formula: string; ranges: CellRange[] | null };
    const where = { rangesOf: (x: Rule) => x.ranges, recorded };
    const f = (x: Rule) => x.formula;

    test("the clerk's copy of our formula over their own cells stays; ours grown by rows inserted goes", () => {
      const ours = { formula: RED_K, ranges: [r(10, 5, 16, 5), r(10, 9, 16, 10)] };
      const theirs = { formula: RED_K, ranges: [r(10, 0, 16, 4)] }; // A11:E17
      expect(rulesToRemove([theirs, ours], f, RED_K, undefined, where)).toEqual([ours]);
      expect(rulesToRemove([theirs, ours], f, RED_K)).toEqual([theirs, ours]); // not told where: as before
    });

    test("moved a column right with their formula, ours is still known; apart (a column between), all go", () => {
      const moved = 'OR($L11="红",$L11="red")';
      const ours = { formula: moved, ranges: [r(10, 6, 14, 6), r(10, 10, 14, 11)] };
      const theirs = { formula: moved, ranges: [r(10, 0, 14, 5)] };
      expect(rulesToRemove([ours, theirs], f, RED_K, undefined, where)).toEqual([ours]);
      const apart = { formula: moved, ranges: [r(10, 5, 14, 5), r(10, 10, 14, 11)] }; // inserted between F and J
      expect(rulesToRemove([apart, theirs], f, RED_K, undefined, where)).toEqual([apart, theirs]);
    });

    test("ours widened by the clerk over more columns (one rule, our formula) stays, alone or beside ours", () => {
      const widened = { formula: RED_K, ranges: [r(10, 0, 14, 4), r(10, 5, 14, 5), r(10, 9, 14, 10)] }; // A:E F J:K
      expect(rulesToRemove([widened], f, RED_K, again(RED_K), where)).toEqual([]); // a check
      expect(rulesToRemove([widened], f, RED_K, undefined, where)).toEqual([]); // Clear marks
      const ours = { formula: RED_K, ranges: recorded };
      expect(rulesToRemove([widened, ours], f, RED_K, again(RED_K), where)).toEqual([ours]);
      expect(rulesToRemove([widened], f, RED_K)).toEqual([widened]); // not told where: as before
    });

    test("grown by rows, or by a column inserted inside a range of ours (its key moved with it): still ours", () => {
      const rows = { formula: RED_K, ranges: [r(10, 5, 20, 5), r(10, 9, 20, 10)] };
      expect(rulesToRemove([rows], f, RED_K, again(RED_K), where)).toEqual([rows]);
      // A column inserted at K, inside J:K: F, J:L — every column of ours and one more — but the key moved to $L; the
      // check writes ours apart around the new K (F, J, L).
      const moved = 'OR($L11="红",$L11="red")';
      const inserted = { formula: moved, ranges: [r(10, 5, 14, 5), r(10, 9, 14, 11)] };
      const apart = [r(10, 5, 14, 5), r(10, 9, 14, 9), r(10, 11, 14, 11)];
      expect(rulesToRemove([inserted], f, RED_K, again(moved, apart), where)).toEqual([inserted]);
      expect(rulesToRemove([inserted], f, RED_K, undefined, where)).toEqual([inserted]);
    });

    test("a column inserted before the table, then ours widened: stays (breaker54); only moved, or grown inside: goes", () => {
      const moved = 'OR($L11="红",$L11="red")';
      const ours = [r(10, 6, 14, 6), r(10, 10, 14, 11)]; // G11:G15 K11:L15, where the check writes ours again
      const widened = { formula: moved, ranges: [r(10, 1, 14, 5), ...ours] }; // and B:F, their cells, moved too
      expect(rulesToRemove([widened], f, RED_K, again(moved, ours), where)).toEqual([]);
      const only = { formula: moved, ranges: ours };
      expect(rulesToRemove([only], f, RED_K, again(moved, ours), where)).toEqual([only]);
      // Inserted at A and then at L (inside K:L, our key moves to $M), not widened: F→G, J:K→K:M; ours now G, K, M.
      const twice = 'OR($M11="红",$M11="red")';
      const grown = { formula: twice, ranges: [r(10, 6, 14, 6), r(10, 10, 14, 12)] };
      const apart = [r(10, 6, 14, 6), r(10, 10, 14, 10), r(10, 12, 14, 12)];
      expect(rulesToRemove([grown], f, RED_K, again(twice, apart), where)).toEqual([grown]);
      // Clear marks (no plan): moved by the key's move, and past where ours could have grown: widened.
      expect(rulesToRemove([widened], f, RED_K, undefined, where)).toEqual([]);
      expect(rulesToRemove([only], f, RED_K, undefined, where)).toEqual([only]);
      expect(rulesToRemove([grown], f, RED_K, undefined, where)).toEqual([grown]);
      // Ours over C:F M:N keyed on $N, a column inserted at D (inside C:F): C:G N:O, each of ours moved by one and C
      // more — but C is where ours began: still ours.
      const exec = { rangesOf: (x: Rule) => x.ranges, recorded: [r(6, 2, 6, 5), r(6, 12, 6, 13)] };
      const inside = { formula: 'OR($O7="红",$O7="red")', ranges: [r(6, 2, 6, 6), r(6, 13, 6, 14)] };
      expect(rulesToRemove([inside], f, 'OR($N7="红",$N7="red")', undefined, exec)).toEqual([inside]);
      // Column A deleted instead, then widened over their A:D: ours E, I:J keyed on $J; a check and Clear marks keep it.
      const back = 'OR($J11="红",$J11="red")';
      const left = [r(10, 4, 14, 4), r(10, 8, 14, 9)];
      const theirs = { formula: back, ranges: [r(10, 0, 14, 3), ...left] };
      expect(rulesToRemove([theirs], f, RED_K, again(back, left), where)).toEqual([]);
      expect(rulesToRemove([theirs], f, RED_K, undefined, where)).toEqual([]);
      const shrunk = { formula: back, ranges: left };
      expect(rulesToRemove([shrunk], f, RED_K, undefined, where)).toEqual([shrunk]);
      // Ours over two tables (targets in F and in E), the check writing only the second again: no pairing; as recorded,
      // the rule is ours and goes.
      const two = { rangesOf: (x: Rule) => x.ranges, recorded: [...recorded, r(30, 4, 34, 4), r(30, 9, 34, 10)] };
      const both = { formula: RED_K, ranges: two.recorded };
      const second = [r(30, 4, 34, 4), r(30, 9, 34, 10)];
      expect(rulesToRemove([both], f, RED_K, again(RED_K, second), two)).toEqual([both]);
      // The execution row's op (recorded B7:E7 L7:M7 on $M7) finds the widened one by its shape after the insert (no
      // formula ours to the letter, $L a planned column): compared with where ours of $L go, it stays.
      const execRow = { rangesOf: (x: Rule) => x.ranges, recorded: [r(6, 1, 6, 4), r(6, 11, 6, 12)] };
      const execRed = 'OR($M7="红",$M7="red")';
      expect(rulesToRemove([widened], f, execRed, [...again(moved, ours), ...again(execRed)], execRow)).toEqual([]);
      // The clerk filled the gap between our target column and ours (F:K, one range): over more than ours grew to.
      const filled = { formula: RED_K, ranges: [r(10, 5, 14, 10)] };
      expect(rulesToRemove([filled], f, RED_K, again(RED_K), where)).toEqual([]);
    });

    test("widened, then a column inserted between or inside ours (review54): Clear marks keeps it, as a check does", () => {
      const moved = 'OR($L11="红",$L11="red")';
      // Widened over their A:E, then a column inserted at K (inside J:K): F and J stay, K → L, Excel grows J:K to J:L.
      const inside = { formula: moved, ranges: [r(10, 0, 14, 4), r(10, 5, 14, 5), r(10, 9, 14, 11)] };
      const apart = [r(10, 5, 14, 5), r(10, 9, 14, 9), r(10, 11, 14, 11)];
      expect(rulesToRemove([inside], f, RED_K, again(moved, apart), where)).toEqual([]); // a check
      expect(rulesToRemove([inside], f, RED_K, undefined, where)).toEqual([]); // Clear marks
      // Widened over A:E, then a column inserted at G (between F and J:K): F stays, J:K → K:L.
      const between = { formula: moved, ranges: [r(10, 0, 14, 5), r(10, 10, 14, 11)] };
      expect(rulesToRemove([between], f, RED_K, again(moved, [r(10, 5, 14, 5), r(10, 10, 14, 11)]), where)).toEqual([]);
      expect(rulesToRemove([between], f, RED_K, undefined, where)).toEqual([]);
      // Not widened, only moved that way (F, K:L): ours, goes; nor is a copy over their A:E alone.
      const only = { formula: moved, ranges: [r(10, 5, 14, 5), r(10, 10, 14, 11)] };
      expect(rulesToRemove([only], f, RED_K, undefined, where)).toEqual([only]);
      const copy = { formula: moved, ranges: [r(10, 0, 14, 4)] };
      expect(rulesToRemove([copy], f, RED_K, undefined, where)).toEqual([copy]);
    });

    test("one rule found, or ranges not read: as before", () => {
      const theirs = { formula: RED_K, ranges: [r(10, 0, 14, 4)] };
      expect(rulesToRemove([theirs], f, RED_K, undefined, where)).toEqual([theirs]);
      const unread = { formula: RED_K, ranges: null };
      expect(rulesToRemove([unread, theirs], f, RED_K, undefined, where)).toEqual([unread, theirs]);
    });
  });
});

describe("KeptLooks", () => {
  test("a look kept for a formula is found for the same light of the same column on that sheet, whatever its rows", () => {
    const looks = new KeptLooks<string>();
    looks.on("表1").keep(`=${RED_K}`, "orange");
    looks.on("表1").keep(RED_K, "second"); // the first one kept stays
    expect(looks.on("表1").of('OR($K14="红", $K14="red")')).toBe("orange");
    expect(looks.on("表1").of('OR($L11="红",$L11="red")')).toBeUndefined(); // another column
    expect(looks.on("表1").of('OR($K11="黄",$K11="yellow")')).toBeUndefined(); // another light
    expect(looks.on("表2").of(RED_K)).toBeUndefined(); // another sheet
  });

  test("digits inside the words compared are not rows (one sheet's looks, as the .xlsx writer keeps them)", () => {
    const looks = new SheetLooks<string>();
    looks.keep('$K11="A1"', "x");
    expect(looks.of('$K12="A2"')).toBeUndefined();
    expect(looks.of('$K12="A1"')).toBe("x");
  });
});
