/**
 * The objects a check hands back, made by constructors instead of object literals: the same fields in the same
 * order (so JSON, structured clone and deep equality see plain data, as before), only made another way.
 *
 * Why: V8 remembers where each object literal is written (its allocation site) and, once most objects made there
 * outlive a young-generation collection, makes every later one straight in the old generation ("pretenuring").
 * The parts of a CheckResult outlive the collections during their own check, so their literals were pretenured — yet
 * a caller that drops the result (the pane checking again, the bench) leaves them to die only at the next full
 * collection, on old-generation pages the kernel maps afresh (a page fault per 4 kB, ~15 µs on our VM). Worse, an old
 * object keeps whatever young object it points to alive through every young collection until then. Objects made by
 * `new` are never pretenured: a result dropped soon dies young. Measured on the bench's 1,000 tables (CHANGELOG,
 * session 30): the old generation grows ~6.7 → ~3.5 MB per check, page faults and CPU time per check fall.
 * Lists a result keeps are made by `newList()` or `map` for the same reason (an array literal has a site too).
 */
import type { Message, MessageCode } from "./locale/messages";
import type {
  CellRange,
  CheckedTable,
  CellReading,
  CellKey,
  CellRef,
  CellValue,
  Checkpoint,
  ExecutionResult,
  Funds,
  GoalTable,
  Indicator,
  IndicatorResult,
  Light,
  ParsedTarget,
  ProjectPeriod,
  ReviewFinding,
  SelfEvaluation,
  Status,
  TableJudgement,
  TableResult,
} from "./types";

/** Copied by newList, never handed out nor changed. */
const NO_ITEMS: never[] = [];

/**
 * A new empty list no allocation site remembers (see above): a copy of an empty array. `Array.of()` is the same
 * but a generic builtin, several times slower a call (2,750 calls a check on the bench's 1,000 tables).
 */
export function newList<T>(): T[] {
  return NO_ITEMS.slice();
}

/**
 * Lets go of what a check's own list holds, slot by slot, once the check is done with it. A list (or memo) that lived
 * through two young-generation collections during the check was moved to the old generation; there, until the next
 * full collection, every young object it still points to counts as alive at each young collection — the whole result
 * of a check its caller has already dropped, moved to the old generation at the next check's first collection
 * (3.2 MB and ~800 page faults on the bench's 1,000 tables, docs/performance.md session 64). Emptying it with
 * `length = 0` would not do: V8 leaves the old slots as they are on the list's abandoned backing store.
 */
export function letGo(list: unknown[]): void {
  list.fill(null);
}

/** A list to hand back, made afresh (young: see letGo), the check's own one let go of. */
export function handedBack<T>(list: T[]): T[] {
  const out = list.slice();
  letGo(list);
  return out;
}

export class CellAt implements CellRef {
  constructor(
    public sheet: string,
    public row: number,
    public col: number,
  ) {}
}

/** A CellReading; numberFormat undefined when there is none (JSON leaves it out). */
export class Reading implements CellReading {
  constructor(
    public cell: CellKey,
    public value: CellValue,
    public numberFormat?: string,
    public uncached?: boolean,
    /** The workbook is in the 1904 date system (CellReading.date1904); undefined in the 1900 one. */
    public date1904?: boolean,
  ) {}
}

/** An Indicator, its fields in the order readWorkbook always made them (the optional cells last). */
export class IndicatorRecord implements Indicator {
  constructor(
    public row: number,
    public level1: string,
    public level2: string,
    public name: string,
    public description: string,
    public targetText: string,
    public target: ParsedTarget,
    public basis: string,
    public weight: number | null,
    public nameCell: CellKey,
    public targetCell: CellKey,
    public actual: CellReading | null,
    public forecast: CellReading | null,
    public score: CellReading | null,
    public reason: string,
    public likelihood: string,
    public signCell: CellKey | undefined,
    public unitCell: CellKey | undefined,
  ) {}
}

export class CheckpointRecord implements Checkpoint {
  constructor(
    public label: string,
    public date: string,
    public percent: number,
    public labelCell: CellKey,
    public percentCell: CellKey,
  ) {}
}

export class FundsRecord implements Funds {
  constructor(
    public total: number | null,
    public fiscal: number | null,
    public other: number | null,
    public totalCell: CellKey | undefined,
    public fiscalCell: CellKey | undefined,
    public otherCell: CellKey | undefined,
  ) {}
}

export class RangeRecord implements CellRange {
  constructor(
    public top: number,
    public left: number,
    public bottom: number,
    public right: number,
  ) {}
}

export class HeaderRecord {
  constructor(
    public row: number,
    public columns: GoalTable["header"]["columns"],
  ) {}
}

/** A GoalTable, its fields in the order readWorkbook always made them (the optional parts last, undefined if none). */
export class TableRecord implements GoalTable {
  constructor(
    public sheet: string,
    public kind: GoalTable["kind"],
    public title: string,
    public name: string,
    public code: string | null,
    public unitName: string,
    public budget: number | null,
    public moneyUnit: GoalTable["moneyUnit"],
    public funds: Funds,
    public purpose: string,
    public schedule: Checkpoint[],
    public goal: string,
    public budgetYear: number | null,
    public spent: CellReading | null,
    public range: CellRange,
    public header: GoalTable["header"],
    public indicators: Indicator[],
    public budgetCell: CellKey | undefined,
    public region: string | undefined,
    public executionWeight: CellReading | null | undefined,
    public executionScore: CellReading | null | undefined,
    public totalScore: CellReading | null | undefined,
    public period: ProjectPeriod | undefined,
    public goalBlockWeights: number[] | undefined,
    public executionReason: CellReading | null | undefined,
    public executionRate: CellReading | null | undefined,
    public spentUnit: GoalTable["spentUnit"],
  ) {}
}

export class PeriodRecord implements ProjectPeriod {
  constructor(
    public text: string,
    public start: string,
    public end: string,
  ) {}
}

export class IndicatorResultRecord implements IndicatorResult {
  constructor(
    public status: Status,
    public light: Light,
    public actual: number | string | null,
    public ratio: number | null,
    public gap: number | null,
    public why: string,
    public noted?: true,
  ) {}
}

export class ExecutionRecord implements ExecutionResult {
  constructor(
    public spent: number,
    public budget: number,
    public rate: number,
    public planned: number,
    public timeProgress: number,
    public lag: number,
    public ratio: number | null,
    public light: Light,
    public status: Status,
    public plannedFrom: "schedule" | "time",
    public why: string,
  ) {}
}

export class FindingRecord implements ReviewFinding {
  constructor(
    public rule: string,
    public cell: CellRef | null,
    public message: string,
    public text: Message,
    public severity: ReviewFinding["severity"],
  ) {}
}

export class MessageRecord {
  constructor(
    public code: MessageCode,
    public params: unknown,
  ) {}
}

export class JudgementRecord implements TableJudgement {
  constructor(
    public execution: ExecutionResult | null,
    public indicators: IndicatorResult[],
    public light: Light,
  ) {}
}

export class TableResultRecord implements TableResult {
  constructor(
    public execution: ExecutionResult | null,
    public light: Light,
  ) {}
}

export class CheckedTableRecord implements CheckedTable {
  constructor(
    public table: GoalTable,
    public result: TableResult,
    public results: IndicatorResult[],
    public scores: (number | null)[] | null,
    public selfEvaluation: SelfEvaluation | null,
  ) {}
}

/**
 * Each record with number fields is made once, before any real one, with no number in them. V8 keeps a field that has
 * only ever held numbers, one of them not a small integer, as a double in a box of its own: a 16-byte object per field
 * per record, even for 25 (a plan's percentage) or 40 (万元) — 6,500 of them kept in a check's result on the bench's
 * 1,000 tables (docs/performance.md, session 64), and every cell key of every record once a row past 131,071 had one.
 * A field that has held something else keeps a small integer in itself and a fraction in a number object as before.
 */
function numberFieldsTagged(): unknown[] {
  const none = null as unknown as number;
  const nothing = null as never;
  return [
    new Reading(none, null),
    new IndicatorRecord(none, "", "", "", "", "", nothing, "", none, none, none, null, null, null, "", "", none, none),
    new CheckpointRecord("", "", none, none, none),
    new FundsRecord(none, none, none, none, none, none),
    new TableRecord(
      "",
      "project",
      "",
      "",
      null,
      "",
      none,
      "万元",
      nothing,
      "",
      [],
      "",
      none,
      null,
      nothing,
      nothing,
      [],
      none,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ),
    new IndicatorResultRecord("unknown", "none", none, none, none, ""),
    new ExecutionRecord(none, none, none, none, none, none, none, "none", "unknown", "time", ""),
  ];
}
numberFieldsTagged();
