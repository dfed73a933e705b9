import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);

// dist/cli/command.js
function defineCommand(command) {
  return command;
}

export {
  defineCommand
};
