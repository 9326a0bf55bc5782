import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  displayPath
} from "./chunk-5G4X4ALD.js";
import {
  isMockforgeError
} from "./chunk-ZVGOEXLY.js";

// src/cli/commands.ts
var COMMANDS = {
  generate: {
    summary: "write editable mock data for a contract",
    load: async () => (await import("./generate-OUUIDAAF.js")).command
  },
  serve: {
    summary: "serve the workspace mocks in the foreground",
    load: async () => (await import("./serve-XPLAYINO.js")).command
  },
  up: {
    summary: "start the workspace mocks in the background",
    load: async () => (await import("./up-4L2M4KJJ.js")).command
  },
  down: { summary: "stop mocks started with `up`", load: async () => (await import("./down-AIKB2UDT.js")).command },
  scenarios: {
    summary: "run cross-service scenarios",
    load: async () => (await import("./scenarios-P6OIO3JD.js")).command
  },
  validate: {
    summary: "check a running service against its contract",
    load: async () => (await import("./validate-S2ZLGX4L.js")).command
  },
  diff: {
    summary: "find breaking changes between contract versions",
    load: async () => (await import("./diff-NWGVP7X7.js")).command
  },
  mesh: {
    summary: "write Kubernetes and service-mesh manifests for the mocks",
    load: async () => (await import("./mesh-3JNOL7RT.js")).command
  },
  lint: {
    summary: "load the project and report contract and config problems",
    load: async () => (await import("./lint-PYV6G3W6.js")).command
  }
};

// src/cli/run-cli.ts
var VERSION = "0.1.0";
function helpText() {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `mockforge ${VERSION}: mock-oriented development for microservices

Usage: mockforge <command> [options]

Commands:
${lines.join("\n")}

Run 'mockforge <command> --help' for a command's options.
Exit codes: 0 ok, 1 findings (failed steps, drift, breaking changes), 2 bad input, 3 target unreachable.
`;
}
async function runCli(argv, context) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    context.stdout(helpText());
    return name === void 0 ? 2 : 0;
  }
  if (name === "--version" || name === "-v") {
    context.stdout(`${VERSION}
`);
    return 0;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    context.stderr(`mockforge: unknown command '${name}'

${helpText()}`);
    return 2;
  }
  const command = await entry.load();
  if (rest.includes("--help") || rest.includes("-h")) {
    context.stdout(`${command.usage.trim()}
`);
    return 0;
  }
  try {
    return await command.run(rest, context);
  } catch (error) {
    if (isMockforgeError(error)) {
      context.stderr(`mockforge ${name}: ${error.format((file) => displayPath(file, context.cwd))}
`);
      return 2;
    }
    throw error;
  }
}

export {
  VERSION,
  runCli
};
