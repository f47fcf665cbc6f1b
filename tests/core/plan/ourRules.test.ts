import { KeptLooks, rulesToRemove, SheetLooks } from "../../../src/core/plan/ourRules";

const RED_K = 'OR($K11="红",$K11="red")';
const id = (f: string) => f;

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
    expect(rulesToRemove(rules, id, RED_K, [shifted])).toEqual([moved, shifted]);
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
