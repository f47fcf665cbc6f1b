import type { JudgeRequest } from "../../src/core/settings";
import type { CheckResult } from "../../src/core/types";
import type { PaneHost } from "../../src/taskpane/host";

/** The host with every result its checks returned, and every request they were asked. */
export function recording<H extends PaneHost>(host: H): { host: H; seen: CheckResult[]; asked: JudgeRequest[] } {
  const seen: CheckResult[] = [];
  const asked: JudgeRequest[] = [];
  const check = host.check.bind(host);
  host.check = async (...args) => {
    asked.push(args[0]);
    const result = await check(...args);
    seen.push(result);
    return result;
  };
  return { host, seen, asked };
}
