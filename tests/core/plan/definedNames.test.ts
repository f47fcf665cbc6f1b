/**
 * Whose a defined name is (core/plan/definedNames.ts), on snapshots as the hosts give them: ours only while our record
 * lists it AND it points into a sheet we made (or at #REF!); the clerk's 监控时点, at any scope, pushes ours to 监控时点_2.
 */
import { WorkbookNames, isAsOfName } from "../../../src/core/plan/definedNames";
import { emptyMarks } from "../../../src/core/plan/marks";
import { emptySheetSnapshot, type DefinedName, type WorkbookSnapshot } from "../../../src/core/types";

const record = (names: string[], sheets = ["监控汇总"]) => ({ ...emptyMarks(), names, sheets });
const book = (names?: DefinedName[]): WorkbookSnapshot => ({ sheets: [], ...(names ? { names } : {}) });
const SUMMARY = "'监控汇总'!$B$3";

test("a first check: 监控时点 is free, no line", () => {
  const names = new WorkbookNames(book([{ name: "预算合计", refersTo: "'表'!$C$4" }]), []);
  expect(names.asOfName()).toBe("监控时点");
  expect(names.note()).toBeNull();
});

test("ours as each host writes the reference (quoted or not, with or without =), and after its sheet was deleted", () => {
  for (const refersTo of [SUMMARY, "=监控汇总!$B$3", "='监控汇总'!$B$3", "#REF!$B$3", "=#REF!"]) {
    const names = new WorkbookNames(book([{ name: "监控时点", refersTo }]), [record(["监控时点"])]);
    expect(names.ours("监控时点")).toBe(true);
    expect(names.asOfName()).toBe("监控时点");
    expect(names.theirs("监控时点")).toEqual([]);
  }
});

test("a sheet we made whose name holds a quote: the reference's doubled quote is read back as one", () => {
  const names = new WorkbookNames(book([{ name: "监控时点", refersTo: "='监控''汇总'!$B$3" }]), [
    record(["监控时点"], ["监控'汇总"]),
  ]);
  expect(names.ours("监控时点")).toBe(true);
});

test("the record alone is not trusted: a recorded name that now points at the clerk's cell is theirs", () => {
  const names = new WorkbookNames(book([{ name: "监控时点", refersTo: "'封面'!$B$2" }]), [record(["监控时点"])]);
  expect(names.ours("监控时点")).toBe(false);
  expect(names.asOfName()).toBe("监控时点_2");
  expect(names.note()?.zh).toBe(
    "名称“监控时点”是您定义的，未改动；本工具的公式改用名称“监控时点_2”读取汇总表中的监控时点。",
  );
});

test("their name at a sheet's scope is theirs too, said with its sheet; _2 taken by them too gives _3", () => {
  const theirs: DefinedName[] = [
    { name: "监控时点", sheet: "封面", refersTo: "'封面'!$B$2" },
    { name: "监控时点_2", refersTo: "'封面'!$C$2" },
  ];
  const names = new WorkbookNames(book(theirs), []);
  expect(names.asOfName()).toBe("监控时点_3");
  expect(names.note()?.zh).toContain("名称“监控时点”（「封面」内）是您定义的");
});

test("ours kept once chosen: 监控时点_2 stays ours after the clerk deletes their 监控时点", () => {
  const names = new WorkbookNames(book([{ name: "监控时点_2", refersTo: SUMMARY }]), [record(["监控时点_2"])]);
  expect(names.asOfName()).toBe("监控时点_2");
  expect(names.note()).toBeNull();
});

test("a recorded name that is gone is not ours (nothing to remove); only 监控时点 and 监控时点_N can be", () => {
  const names = new WorkbookNames(book([]), [record(["监控时点", "预算合计"])]);
  expect(names.ours("监控时点")).toBe(false);
  expect(names.ours("预算合计")).toBe(false);
  expect(names.asOfName()).toBe("监控时点");
  expect([isAsOfName("监控时点_12"), isAsOfName("监控时点_1"), isAsOfName("监控时点_x")]).toEqual([true, false, false]);
});

test("a host that read no names: the names the record lists are ours, as before", () => {
  const names = new WorkbookNames(book(), [record(["监控时点"])]);
  expect(names.ours("监控时点")).toBe(true);
  expect(names.asOfName()).toBe("监控时点");
});

test("no record left and 监控时点 pointing at nothing (its sheet deleted): ours again, said in one line", () => {
  for (const refersTo of ["=#REF!", "#REF!", "#REF!$B$3"]) {
    const names = new WorkbookNames(book([{ name: "监控时点", refersTo }]), []);
    expect(names.ours("监控时点")).toBe(true);
    expect(names.asOfName()).toBe("监控时点");
    expect(names.theirs("监控时点")).toEqual([]);
    expect(names.note()?.zh).toContain("名称“监控时点”指向的工作表已被删除（#REF!）");
  }
});

test("pointing at nothing is not enough while a record is there, nor at a sheet's scope, nor a broken larger formula", () => {
  const recorded = new WorkbookNames(book([{ name: "监控时点", refersTo: "=#REF!" }]), [record(["监控时点_2"])]);
  expect(recorded.ours("监控时点")).toBe(false);
  const sheetScope = new WorkbookNames(book([{ name: "监控时点", sheet: "封面", refersTo: "=#REF!" }]), []);
  expect(sheetScope.asOfName()).toBe("监控时点_2");
  const formula = new WorkbookNames(book([{ name: "监控时点", refersTo: "=#REF!$B$3+1" }]), []);
  expect(formula.asOfName()).toBe("监控时点_2");
});

/** A sheet named as our summary, its A3 holding `label` (ours: 监控时点) beside B3. */
const summarySheet = (label: string): WorkbookSnapshot["sheets"][number] => ({
  ...emptySheetSnapshot({ name: "监控汇总" }),
  values: [[], [], [label, 45504]],
});

test("no record left and 监控时点 pointing into a sheet named as our summary: kept as theirs, not said to be theirs", () => {
  const names = new WorkbookNames(
    { sheets: [summarySheet("监控时点")], names: [{ name: "监控时点", refersTo: SUMMARY }] },
    [],
  );
  expect(names.asOfName()).toBe("监控时点_2");
  expect(names.note()?.zh).toBe(
    "名称“监控时点”指向「监控汇总」，但本工具的记录已不在，无法确认是本工具所设：按您的名称保留未改动；本工具的公式改用名称“监控时点_2”读取汇总表中的监控时点。",
  );
  const cover = new WorkbookNames(book([{ name: "监控时点", refersTo: "'封面'!$B$2" }]), []);
  expect(cover.note()?.zh).toContain("是您定义的");
});

test("a 监控汇总 of the clerk's own, without our label beside the date (never checked): said to be theirs", () => {
  for (const sheets of [[summarySheet("填报日期")], []]) {
    const names = new WorkbookNames({ sheets, names: [{ name: "监控时点", refersTo: SUMMARY }] }, []);
    expect(names.asOfName()).toBe("监控时点_2");
    expect(names.note()?.zh).toBe(
      "名称“监控时点”是您定义的，未改动；本工具的公式改用名称“监控时点_2”读取汇总表中的监控时点。",
    );
  }
});
