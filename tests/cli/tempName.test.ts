import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createTemp } from "../../src/cli/checkFile";

/** The copy's temporary file (checkFile.ts createTemp): named from Math.random, never one that is already there. */
describe("the copy's temporary file", () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "perf-temp-"))));
  afterEach(() => {
    jest.restoreAllMocks();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("passes over a name that is taken (planted, or another program's) and leaves that file as it was", () => {
    const planted = path.join(dir, `.perf-targets-${"0".repeat(24)}.tmp`);
    fs.writeFileSync(planted, "not ours");
    const random = jest.spyOn(Math, "random");
    random.mockReturnValueOnce(0).mockReturnValueOnce(0).mockReturnValueOnce(0); // the first name: the planted one
    const { temp, fd } = createTemp(dir);
    fs.writeSync(fd, "ours");
    fs.closeSync(fd);
    expect(temp).not.toBe(planted);
    expect(path.basename(temp)).toMatch(/^\.perf-targets-[0-9a-f]{24}\.tmp$/);
    expect(fs.readFileSync(planted, "utf8")).toBe("not ours");
    expect(fs.readFileSync(temp, "utf8")).toBe("ours");
  });

  it("follows no symbolic link planted under the name, and gives up with the system's error after ten taken names", () => {
    const target = path.join(dir, "target");
    fs.symlinkSync(target, path.join(dir, `.perf-targets-${"0".repeat(24)}.tmp`));
    jest.spyOn(Math, "random").mockReturnValue(0);
    expect(() => createTemp(dir)).toThrow(expect.objectContaining({ code: "EEXIST" }));
    expect(fs.existsSync(target)).toBe(false);
    expect(Math.random).toHaveBeenCalledTimes(30);
  });

  it("names differ from call to call", () => {
    const names = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const { temp, fd } = createTemp(dir);
      fs.closeSync(fd);
      names.add(temp);
    }
    expect(names.size).toBe(50);
  });
});
