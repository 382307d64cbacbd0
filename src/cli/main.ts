import type { CliCommand, CliIO } from './command';
import { terminalText } from './terminal-text';

// Each command lives in its own module, loaded only when called, so `--help` stays instant.
const COMMANDS: Record<string, () => Promise<CliCommand>> = {
  extract: async () => (await import('./commands/extract')).extractCommand,
  build: async () => (await import('./commands/build')).buildCommand,
  eval: async () => (await import('./commands/eval')).evalCommand,
  export: async () => (await import('./commands/export')).exportCommand,
  entities: async () => (await import('./commands/entities')).entitiesCommand,
  trace: async () => (await import('./commands/trace')).traceCommand,
};

async function help(io: CliIO): Promise<void> {
  const lines = ['sourcetrace: who reported what, citing whom.', '', 'Usage: sourcetrace <command> [options]', ''];
  for (const load of Object.values(COMMANDS)) {
    const cmd = await load().catch(() => undefined);
    if (cmd) lines.push(`  ${cmd.name.padEnd(9)} ${cmd.summary}`);
  }
  lines.push('', 'Run `sourcetrace <command> --help` for its options.');
  io.stdout.write(lines.join('\n') + '\n');
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    await help(io);
    return name ? 0 : 1;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    io.stderr.write(
      terminalText(`sourcetrace: unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(', ')}\n`),
    );
    return 2;
  }
  const cmd = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(cmd.usage.trimEnd() + '\n');
    return 0;
  }
  return cmd.run(rest, io);
}

const invokedDirectly = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (invokedDirectly || process.env.SOURCETRACE_CLI === '1') {
  // `sourcetrace extract … | head` closes the pipe early: that is the reader's choice, not an error to report.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(process.exitCode ?? 0);
  });
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(terminalText(`sourcetrace: ${err instanceof Error ? err.message : String(err)}\n`));
      process.exitCode = 1;
    },
  );
}
