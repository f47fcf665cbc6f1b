/**
 * Every Chinese text the code shows the user has its English beside it, in one of the homes for texts: the message
 * catalogues (src/core/locale), the pane's strings (src/taskpane/strings), or a { zh, en } pair / say(zh, en) where
 * the code words by the language chosen. This scans src/ for Chinese string literals outside those, so a new
 * Chinese-only message (a thrown Error, a bilingual "中文 / English" constant) fails here. What is left is the
 * domain's vocabulary: words the reader matches in the user's tables, and data written in the national forms that the
 * reader reads back — each listed below with the reason it is no message.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const ROOT = path.join(__dirname, "../../..");
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** The homes of the texts: every Chinese literal in them is a text with its English twin (a test checks each). */
const TEXT_HOMES = ["src/core/locale/", "src/taskpane/strings/"];

/** Files whose Chinese is vocabulary, not messages. */
const VOCABULARY_FILES: Record<string, string> = {
  "src/core/review/vocabulary.ts": "the category words the review matches in the user's tables (产出, 效益, 数量 …)",
  "src/core/prose/extractProse.ts":
    "the words read in targets written as prose, and the categories (产出指标 …) of the rows it makes of them",
  "src/core/plan/unitSheet.ts":
    "the goal table written from prose targets, in the national form (项目名称, 年度预算（万元）) the reader reads back",
  "src/core/notation/format.ts":
    "a target's normalised form (ParsedTarget.normalized): the zh catalogue's `target` shows it, en.ts targetEn words the same target in English",
};

/** Literals that are the domain's own words wherever they stand, by reason. */
const DOMAIN_WORDS: Record<string, readonly string[]> = {
  "units the reader makes canonical: data, worded by the catalogues (万元 → 10k CNY)": ["万元", "元", "千瓦时"],
  "the grades of a self-evaluation: data, worded by GRADE_EN (core/evaluate/labels) and the catalogues": [
    "优",
    "良",
    "中",
    "差",
  ],
  "a yes / no answer as the reader reads it (TRUE / FALSE given to a PERF function)": ["是", "否"],
  "the inclusion marks the target parser reads": ["(含)", "(不含)"],
  "the first-level categories the self-evaluation reader matches": ["产出", "效益", "满意"],
  "the General number format as WPS names it, read from the cell": ["G/通用格式", "常规"],
  "our summary sheet's name and the defined name the PERF formulas read: fixed, in every language": [
    "监控汇总",
    "监控时点",
  ],
  "the national monitoring template's answers in the drop-down lists of 偏差原因 and 完成可能性: the clerk's input": [
    "经费保障",
    "制度保障",
    "人员保障",
    "硬件条件保障",
    "其他",
    "确定能",
    "有可能",
    "完全不可能",
  ],
};

/** Single templates that build input for a parser, not a message: [file, the literal's start, reason]. */
const INPUT_TEMPLATES: readonly [string, string, string][] = [
  ["src/core/evaluate/actual.ts", "`${year}年", "a date written in Chinese numerals, made plain for the date parser"],
  ["src/core/read/headerBlock.ts", "`${text}年度", "a year cell read as a budget year by the year parser"],
  [
    "src/core/read/headerBlock.ts",
    "`${a.text.trim()}至",
    "a period's two ends in two cells joined as the period parser reads one (2022年3月至2023年11月)",
  ],
];

/** Methods that compare or search the user's text with the literal: the literal is what is looked for. */
const MATCHERS = new Set(["includes", "startsWith", "endsWith", "indexOf", "split", "replace", "test", "exec", "has"]);
const COMPARISONS = new Set([ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken]);

const nameOf = (name: ts.Node | undefined) =>
  name && (ts.isIdentifier(name) || ts.isStringLiteral(name)) ? name.text : "";

/** The literal is matched against the input, is a type, or stands beside its English (a { zh, en } pair, say(zh, en), a choice by `lang`). */
function notAMessage(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isLiteralTypeNode(parent) || ts.isCaseClause(parent)) return true;
  if (ts.isBinaryExpression(parent) && COMPARISONS.has(parent.operatorToken.kind)) return true;
  if (
    ts.isCallExpression(parent) &&
    parent.arguments.some((a) => a === node) &&
    ts.isPropertyAccessExpression(parent.expression) &&
    MATCHERS.has(parent.expression.name.text)
  )
    return true;
  for (let n: ts.Node = node; n.parent; n = n.parent) {
    const p = n.parent;
    if (ts.isNewExpression(p) && p.expression.getText() === "RegExp") return true;
    if (
      ts.isPropertyAssignment(p) &&
      nameOf(p.name) === "zh" &&
      ts.isObjectLiteralExpression(p.parent) &&
      p.parent.properties.some((q) => nameOf(q.name) === "en")
    )
      return true;
    if (ts.isCallExpression(p) && p.arguments.length >= 2 && p.arguments[0] === n) {
      const callee = p.expression;
      if (nameOf(ts.isPropertyAccessExpression(callee) ? callee.name : callee) === "say") return true;
    }
    if (ts.isConditionalExpression(p) && p.condition !== n && /\blang\b/.test(p.condition.getText())) return true;
  }
  return false;
}

/** The Chinese literals of one source file that are neither beside their English nor matched against the input. */
export function strayChinese(file: string, text: string): { line: number; literal: string }[] {
  const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const found: { line: number; literal: string }[] = [];
  const visit = (node: ts.Node) => {
    const literal =
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateExpression(node) ||
      ts.isJsxText(node);
    if (literal && CJK.test(node.getText())) {
      if (!notAMessage(node))
        found.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, literal: node.getText() });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

const WORDS = new Set(Object.values(DOMAIN_WORDS).flat());
const unquoted = (literal: string) => literal.slice(1, -1);

describe("Chinese literals outside the text homes", () => {
  const files = sourceFiles(path.join(ROOT, "src"))
    .map((full) => path.relative(ROOT, full).split(path.sep).join("/"))
    .filter((file) => !TEXT_HOMES.some((home) => file.startsWith(home)));
  const stray = files.flatMap((file) =>
    strayChinese(file, readFileSync(path.join(ROOT, file), "utf8")).map((hit) => ({ file, ...hit })),
  );

  it("finds the source", () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it("are the domain's vocabulary, each listed with its reason; every message has its English", () => {
    const unexplained = stray
      .filter(({ file }) => !(file in VOCABULARY_FILES))
      .filter(({ literal }) => !WORDS.has(unquoted(literal)))
      .filter(({ file, literal }) => !INPUT_TEMPLATES.some(([f, start]) => f === file && literal.startsWith(start)))
      .map(({ file, line, literal }) => `${file}:${line} ${literal}`);
    expect(unexplained).toEqual([]);
  });

  it("lists nothing it no longer needs", () => {
    for (const file of Object.keys(VOCABULARY_FILES))
      expect([file, stray.some((s) => s.file === file)]).toEqual([file, true]);
    for (const word of WORDS) expect([word, stray.some((s) => unquoted(s.literal) === word)]).toEqual([word, true]);
    for (const [file, start] of INPUT_TEMPLATES)
      expect([file, stray.some((s) => s.file === file && s.literal.startsWith(start))]).toEqual([file, true]);
  });
});

describe("the scan itself", () => {
  it("finds a Chinese-only message, a bilingual constant and a Chinese line in JSX", () => {
    const found = strayChinese(
      "x.tsx",
      [
        'throw new Error("工作表不存在");',
        'const busy = "正在检查 / A check is running";',
        "const pane = () => <p>出错了</p>;",
      ].join("\n"),
    );
    expect(found.map((f) => f.line)).toEqual([1, 2, 3]);
  });

  it("passes texts beside their English, words matched against the input, and types", () => {
    expect(
      strayChinese(
        "x.ts",
        [
          'ctx.say(`表「${name}」未读取`, `Table "${name}" not read`);',
          'const words = { zh: "实际完成值", en: "Actual" };',
          'const why = lang === "en" ? "Spent" : "执行率";',
          'if (text.includes("指标") || unit === "万元") read();',
          'type Unit = "万元" | "元";',
        ].join("\n"),
      ),
    ).toEqual([]);
  });
});
