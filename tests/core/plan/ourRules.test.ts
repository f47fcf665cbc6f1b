import { KeptLooks, rulesToRemove } from "../../../src/core/plan/ourRules";

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
    looks.keep("表1", `=${RED_K}`, "orange");
    looks.keep("表1", RED_K, "second"); // the first one kept stays
    expect(looks.of("表1", 'OR($K14="红", $K14="red")')).toBe("orange");
    expect(looks.of("表1", 'OR($L11="红",$L11="red")')).toBeUndefined(); // another column
    expect(looks.of("表1", 'OR($K11="黄",$K11="yellow")')).toBeUndefined(); // another light
    expect(looks.of("表2", RED_K)).toBeUndefined(); // another sheet
  });

  test("digits inside the words compared are not rows", () => {
    const looks = new KeptLooks<string>();
    looks.keep("s", '$K11="A1"', "x");
    expect(looks.of("s", '$K12="A2"')).toBeUndefined();
    expect(looks.of("s", '$K12="A1"')).toBe("x");
  });
});
