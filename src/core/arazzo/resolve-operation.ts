import { didYouMean } from '../config/did-you-mean.js';
import type { Operation } from '../contract/types.js';
import { parsePointer } from '../source/json-pointer.js';
import type { ServiceSource } from './arazzo-sources.js';
import type { WantedOperation } from './types.js';

export type OperationResolution =
  | { resolved: Operation; sourceName: string; service: string }
  | { error: string; sourceName?: string; service?: string; wanted: WantedOperation };

/**
 * `operationId` (plain, or `$sourceDescriptions.<name>.<operationId>`) or `operationPath`
 * (`{$sourceDescriptions.<name>.url}#/paths/~1pets~1{id}/get`) to an operation of an openapi source.
 * A reference the document gets wrong is a load problem (`problem`); an operation the contract does not
 * have is returned as `error` (the step fails with it: the contract may be what changed).
 */
export function resolveOperation(
  step: { operationId?: string; operationPath?: string },
  sources: ReadonlyMap<string, ServiceSource>,
): OperationResolution | { problem: string; field: string } {
  if (step.operationId !== undefined) {
    const qualified = /^\$sourceDescriptions\.([^.]+)\.(.+)$/.exec(step.operationId);
    if (qualified) {
      const [, name, operationId] = qualified as unknown as [string, string, string];
      const source = sources.get(name);
      if (!source) return unknownSource(name, sources, 'operationId');
      return byOperationId(operationId, name, source);
    }
    if (step.operationId.startsWith('$')) {
      return {
        problem: `operationId '${step.operationId}' is neither an operationId nor $sourceDescriptions.<name>.<operationId>`,
        field: 'operationId',
      };
    }
    const holders = [...sources].filter(([, s]) =>
      s.contract.operations.some((o) => o.operationId === step.operationId),
    );
    if (holders.length > 1) {
      return {
        problem: `operationId '${step.operationId}' is in several sources (${holders.map(([n]) => n).join(', ')}): write $sourceDescriptions.<name>.${step.operationId}`,
        field: 'operationId',
      };
    }
    const [name, source] = holders[0] ?? [...sources][0] ?? [];
    if (!source || name === undefined)
      return { problem: 'the document has no openapi source description', field: 'operationId' };
    return byOperationId(step.operationId, name, source);
  }
  const path = step.operationPath ?? '';
  const match = /^\{\$sourceDescriptions\.([^.}]+)\.url\}#(.*)$/.exec(path);
  if (!match) {
    return {
      problem: `operationPath '${path}' must be {$sourceDescriptions.<name>.url}#<JSON pointer to an operation>`,
      field: 'operationPath',
    };
  }
  const [, name, pointer] = match as unknown as [string, string, string];
  const source = sources.get(name);
  if (!source) return unknownSource(name, sources, 'operationPath');
  let segments: string[];
  try {
    segments = parsePointer(pointer);
  } catch {
    return { problem: `operationPath '${path}': '#${pointer}' is not a JSON pointer`, field: 'operationPath' };
  }
  const [paths, template, method] = segments;
  const operation = source.contract.operations.find((o) => o.path === template && o.method === method?.toLowerCase());
  if (paths === 'paths' && operation) return { resolved: operation, sourceName: name, service: source.service };
  const hint =
    paths === 'paths' && template && !method ? ` (it points at a path item; add the method, e.g. #${pointer}/get)` : '';
  return {
    error: `operationPath ${path} points at no operation of ${source.contract.file}${hint}`,
    sourceName: name,
    service: source.service,
    wanted: paths === 'paths' && template && method ? { method: method.toUpperCase(), path: template } : {},
  };
}

function byOperationId(operationId: string, name: string, source: ServiceSource): OperationResolution {
  const operation = source.contract.operations.find((o) => o.operationId === operationId);
  if (operation) return { resolved: operation, sourceName: name, service: source.service };
  const ids = source.contract.operations.map((o) => o.operationId).filter((id): id is string => id !== undefined);
  const guess = didYouMean(operationId, ids);
  return {
    error: `source ${name} has no operation '${operationId}'${guess ? `; did you mean '${guess}'? (operationIds are case-sensitive)` : ''}`,
    sourceName: name,
    service: source.service,
    wanted: { operationId },
  };
}

function unknownSource(name: string, sources: ReadonlyMap<string, ServiceSource>, field: string) {
  const guess = didYouMean(name, [...sources.keys()]);
  return {
    problem: `no openapi source description named '${name}'${guess ? `; did you mean '${guess}'?` : ` (there are: ${[...sources.keys()].join(', ')})`}`,
    field,
  };
}
