import { type KubeObject, type MeshPlan, REDIS_IMAGE } from './types.js';
import { metadata } from './workload.js';

const REDIS_PORT = 6379;

/**
 * The Redis the mock replicas share, when mockforge.yaml names none: one pod (state lives in its memory,
 * `--save ''`: no snapshot on a read-only root; a Redis restart empties it and the mocks seed it again) and
 * its Service `<name>-redis`. For state that outlives Redis, set unified_state.store to a managed Redis.
 */
export function buildRedis(plan: MeshPlan): KubeObject[] {
  if (plan.store.kind !== 'deployed') return [];
  const name = `${plan.name}-redis`;
  const labels = { 'app.kubernetes.io/name': 'redis', 'app.kubernetes.io/instance': name };
  const probe = (periodSeconds: number) => ({
    exec: { command: ['redis-cli', 'ping'] },
    periodSeconds,
    timeoutSeconds: 2,
    failureThreshold: 3,
  });
  const deployment: KubeObject = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: metadata(plan, name),
    spec: {
      replicas: 1,
      strategy: { type: 'Recreate' },
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: {
          automountServiceAccountToken: false,
          securityContext: {
            runAsNonRoot: true,
            runAsUser: 999,
            runAsGroup: 1000,
            seccompProfile: { type: 'RuntimeDefault' },
          },
          containers: [
            {
              name: 'redis',
              image: REDIS_IMAGE,
              imagePullPolicy: 'IfNotPresent',
              args: ['--save', '', '--appendonly', 'no', '--protected-mode', 'no'],
              ports: [{ name: 'redis', containerPort: REDIS_PORT, protocol: 'TCP' }],
              readinessProbe: probe(5),
              livenessProbe: probe(10),
              resources: { requests: { cpu: '50m', memory: '64Mi' }, limits: { cpu: '1', memory: '256Mi' } },
              securityContext: {
                allowPrivilegeEscalation: false,
                readOnlyRootFilesystem: true,
                capabilities: { drop: ['ALL'] },
              },
              volumeMounts: [{ name: 'data', mountPath: '/data' }],
            },
          ],
          volumes: [{ name: 'data', emptyDir: {} }],
        },
      },
    },
  };
  const service: KubeObject = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: metadata(plan, name),
    spec: {
      type: 'ClusterIP',
      selector: labels,
      ports: [{ name: 'redis', port: REDIS_PORT, targetPort: 'redis', protocol: 'TCP', appProtocol: 'redis' }],
    },
  };
  return [deployment, service];
}
