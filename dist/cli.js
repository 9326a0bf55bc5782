#!/usr/bin/env node
import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunks/chunk-Q4L6FTGJ.js";
import {
  displayPath
} from "./chunks/chunk-5G4X4ALD.js";
import {
  isMockforgeError
} from "./chunks/chunk-RIB3W43H.js";

// src/cli/exit-codes.ts
var EXIT_BAD_INPUT = 2;
var EXIT_INTERNAL_ERROR = 4;
function describeInternalError(command, error, withStack) {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const stack = withStack && error instanceof Error && error.stack ? `
${error.stack}` : "";
  return `mockforge ${command}: internal error (a bug in mockforge ${VERSION}, not a finding): ${message} [MF_INTERNAL]
  fix: please report it with the command you ran; MOCKFORGE_DEBUG=1 prints the stack trace${stack}
`;
}

// src/cli/commands.ts
var COMMANDS = {
  generate: {
    summary: "write editable mock data for a contract",
    load: async () => (await import("./chunks/generate-G5NPB4BU.js")).command
  },
  serve: {
    summary: "serve the workspace mocks in the foreground",
    load: async () => (await import("./chunks/serve-AQTCTXN2.js")).command
  },
  up: {
    summary: "start the workspace mocks in the background",
    load: async () => (await import("./chunks/up-EOHDPQN2.js")).command
  },
  down: { summary: "stop mocks started with `up`", load: async () => (await import("./chunks/down-QOEC54OR.js")).command },
  scenarios: {
    summary: "run cross-service scenarios",
    load: async () => (await import("./chunks/scenarios-HZCTH47B.js")).command
  },
  validate: {
    summary: "check a running service against its contract",
    load: async () => (await import("./chunks/validate-V3ZRSQCC.js")).command
  },
  diff: {
    summary: "find breaking changes between contract versions",
    load: async () => (await import("./chunks/diff-4KCSGDGM.js")).command
  },
  mesh: {
    summary: "write Kubernetes and service-mesh manifests for the mocks",
    load: async () => (await import("./chunks/mesh-VTIAOY2F.js")).command
  },
  lint: {
    summary: "load the project and report contract and config problems",
    load: async () => (await import("./chunks/lint-CWOT5UK6.js")).command
  }
};

// src/cli/run-cli.ts
function helpText() {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `mockforge ${VERSION}: mock-oriented development for microservices

Usage: mockforge <command> [options]

Commands:
${lines.join("\n")}

Run 'mockforge <command> --help' for a command's options.
Exit codes: 0 ok, 1 findings (failed steps, drift, breaking changes), 2 bad input, 3 target unreachable,
4 internal error (a bug in mockforge: please report it), 130/143 stopped by SIGINT/SIGTERM.
`;
}
async function runCli(argv, context) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    context.stdout(helpText());
    return name === void 0 ? EXIT_BAD_INPUT : 0;
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
    return EXIT_BAD_INPUT;
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
      return EXIT_BAD_INPUT;
    }
    context.stderr(describeInternalError(name, error, context.env.MOCKFORGE_DEBUG === "1"));
    return EXIT_INTERNAL_ERROR;
  }
}

// src/cli/main.ts
var crash = (error) => {
  process.stderr.write(describeInternalError(process.argv[2] ?? "", error, process.env.MOCKFORGE_DEBUG === "1"));
  process.exit(EXIT_INTERNAL_ERROR);
};
process.on("uncaughtException", crash);
process.on("unhandledRejection", crash);
process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  interrupted: new Promise((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  })
});
