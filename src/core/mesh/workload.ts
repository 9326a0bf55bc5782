import { createHash } from 'node:crypto';
import { HEALTH_PATH, READY_PATH } from '../mock/admin-paths.js';
import type { ProjectFile } from './project-files.js';
import { type KubeObject, type MeshPlan, MOUNT_DIR } from './types.js';

/** Labels on every object; the first two select the mock pod. */
export function commonLabels(plan: MeshPlan): Record<string, string> {
  return {
    'app.kubernetes.io/name': 'mockforge',
    'app.kubernetes.io/instance': plan.name,
    'app.kubernetes.io/component': 'mock',
    'app.kubernetes.io/managed-by': 'mockforge',
  };
}

export function selectorLabels(plan: MeshPlan): Record<string, string> {
  return { 'app.kubernetes.io/name': 'mockforge', 'app.kubernetes.io/instance': plan.name };
}

export function metadata(plan: MeshPlan, name: string, extra: Record<string, string> = {}): KubeObject['metadata'] {
  return {
    name,
    namespace: plan.namespace,
    labels: commonLabels(plan),
    ...(Object.keys(extra).length > 0 ? { annotations: extra } : {}),
  };
}

/** mockforge.yaml, the contracts, shared schemas, scenarios and mock data, under path-derived keys. */
export function buildConfigMap(plan: MeshPlan, files: readonly ProjectFile[]): KubeObject {
  const byKey = [...files].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const data = Object.fromEntries(byKey.filter((f) => f.text).map((f) => [f.key, f.content.toString('utf8')]));
  const binary = Object.fromEntries(byKey.filter((f) => !f.text).map((f) => [f.key, f.content.toString('base64')]));
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: metadata(plan, plan.name),
    data,
    ...(Object.keys(binary).length > 0 ? { binaryData: binary } : {}),
  };
}

const portName = (port: number) => `http-${port}`;

/**
 * Pods serving every workspace: each one process with every port, so unified state holds across services.
 * With the state in memory, one pod and `Recreate` (a rolling update would briefly run two pods with two
 * diverging stores); with Redis, the replicas asked for and a rolling update that keeps the state (a pod
 * is ready only while its store answers).
 */
export function buildDeployment(plan: MeshPlan, files: readonly ProjectFile[], configMap: KubeObject): KubeObject {
  const types = new Set(plan.workspaces.flatMap((w) => (w.mesh ? [w.mesh.type] : [])));
  const probePort = portName(plan.workspaces[0]?.port ?? 0);
  const probe = (path: string, periodSeconds: number, failureThreshold: number) => ({
    httpGet: { path, port: probePort },
    periodSeconds,
    timeoutSeconds: 2,
    failureThreshold,
  });
  // Pods restart when the mounted project changes: the mock reads it once, at start.
  const checksum = createHash('sha256').update(JSON.stringify(configMap)).digest('hex');
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: metadata(plan, plan.name),
    spec: {
      replicas: plan.replicas,
      strategy:
        plan.store.kind === 'memory' && plan.replicas === 1
          ? { type: 'Recreate' }
          : { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      selector: { matchLabels: selectorLabels(plan) },
      template: {
        metadata: {
          labels: { ...commonLabels(plan), ...(types.has('istio') ? { 'sidecar.istio.io/inject': 'true' } : {}) },
          annotations: {
            'mockforge/config-checksum': checksum,
            ...(types.has('linkerd') ? { 'linkerd.io/inject': 'enabled' } : {}),
          },
        },
        spec: {
          automountServiceAccountToken: false,
          securityContext: {
            runAsNonRoot: true,
            runAsUser: 1000,
            runAsGroup: 1000,
            seccompProfile: { type: 'RuntimeDefault' },
          },
          containers: [
            {
              name: 'mockforge',
              image: plan.image,
              imagePullPolicy: 'IfNotPresent',
              args: ['serve', '--config', `${MOUNT_DIR}/${plan.configKey}`, '--host', '0.0.0.0'],
              ...(plan.store.kind === 'deployed' ? { env: [{ name: 'MOCKFORGE_STORE', value: plan.store.url }] } : {}),
              ports: plan.workspaces.map((w) => ({ name: portName(w.port), containerPort: w.port, protocol: 'TCP' })),
              readinessProbe: probe(READY_PATH, 5, 3),
              livenessProbe: probe(HEALTH_PATH, 10, 6),
              resources: {
                requests: { cpu: '50m', memory: '128Mi' },
                limits: { cpu: '1', memory: '512Mi' },
              },
              securityContext: {
                allowPrivilegeEscalation: false,
                readOnlyRootFilesystem: true,
                capabilities: { drop: ['ALL'] },
              },
              volumeMounts: [{ name: 'project', mountPath: MOUNT_DIR, readOnly: true }],
            },
          ],
          volumes: [
            {
              name: 'project',
              configMap: { name: plan.name, items: files.map((f) => ({ key: f.key, path: f.path })) },
            },
          ],
        },
      },
    },
  };
}

/** One ClusterIP Service per workspace, on the workspace's port, in front of the one mock pod. */
export function buildServices(plan: MeshPlan): KubeObject[] {
  return plan.workspaces.map((w) => ({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: metadata(plan, w.serviceName, { 'mockforge/workspace': w.name }),
    spec: {
      type: 'ClusterIP',
      selector: selectorLabels(plan),
      ports: [{ name: 'http', port: w.port, targetPort: portName(w.port), protocol: 'TCP', appProtocol: 'http' }],
    },
  }));
}
