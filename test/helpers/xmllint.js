// Validation of GEXF files against the GEXF 1.3 RELAX NG grammar in ../shared, with xmllint, and the
// networkx check. Plain JS with a .d.ts so tests under src/ can import it outside tsc's rootDir.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const GEXF_RNG = resolve(import.meta.dirname, "../../../shared/gexf/1.3/gexf.rng");

export const hasXmllint = spawnSync("xmllint", ["--version"]).status === 0;

export const hasNetworkx = spawnSync("python3", ["-c", "import networkx"]).status === 0;

export function gexfErrors(text) {
  const file = join(mkdtempSync(join(tmpdir(), "gexf-")), "check.gexf");
  writeFileSync(file, text);
  return gexfFileErrors(file);
}

export function gexfFileErrors(file) {
  try {
    execFileSync("xmllint", ["--noout", "--relaxng", GEXF_RNG, file], { stdio: "pipe" });
    return "";
  } catch (error) {
    return String(error.stderr ?? error);
  }
}
