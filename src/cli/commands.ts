// The CLI's verbs. Each lives in its own file under commands/; add one line here per verb.
import type { Command } from "./command.js";
import { build } from "./commands/build.js";
import { merge } from "./commands/merge.js";
import { exportCommand } from "./commands/export.js";
import { queryCommand } from "./commands/query.js";
import { repl } from "./commands/repl.js";
import { ego } from "./commands/ego.js";
import { pathCommand } from "./commands/path.js";
import { evidence } from "./commands/evidence.js";

export const commands: Command[] = [
  build,
  merge,
  exportCommand,
  queryCommand,
  repl,
  ego,
  pathCommand,
  evidence,
];
