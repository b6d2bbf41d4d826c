// The CLI's verbs. Each lives in its own file under commands/; add one line here per verb.
import type { Command } from "./command.js";
import { build } from "./commands/build.js";
import { exportCommand } from "./commands/export.js";

export const commands: Command[] = [
  build,
  exportCommand,
];
