import type { MeshRoute } from '../config/types.js';

export const MESH_TYPES = ['istio', 'linkerd', 'consul'] as const;
export type MeshType = (typeof MESH_TYPES)[number];

/** A Kubernetes object as plain data, keys in the order they are written. */
export type KubeObject = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [key: string]: unknown;
};

/** One workspace as it runs in the cluster. */
export interface PlannedWorkspace {
  name: string;
  port: number;
  /** The Kubernetes Service in front of this workspace's port, e.g. `users-service-mock`. */
  serviceName: string;
  mesh?: PlannedMesh;
}

export interface PlannedMesh {
  type: MeshType;
  /** The real services whose traffic is routed, as written under `virtual_service.hosts`. */
  hosts: string[];
  routes: PlannedRoute[];
}

export interface PlannedRoute {
  /** Empty: every request (a catch-all route). */
  match: MeshRoute['match'];
  destinations: PlannedDestination[];
}

export interface PlannedDestination {
  /** As written in mockforge.yaml (Istio uses it verbatim). */
  host: string;
  /** As written. */
  port?: number;
  weight?: number;
  /** True when this is the workspace's mock rather than one of the real hosts. */
  isMock: boolean;
  /** The Kubernetes/Consul service name: the mock's Service, or the host's first DNS label. */
  service: string;
  /** The written port, or the mock's port. */
  servicePort?: number;
}

/** Every workspace of mockforge.yaml, checked, with the names and namespace the objects get. */
export interface MeshPlan {
  /** Name of the Deployment and ConfigMap, from `unified_state.workspace_id`. */
  name: string;
  namespace: string;
  image: string;
  /** mockforge.yaml's path inside the mounted folder. */
  configKey: string;
  workspaces: PlannedWorkspace[];
  /** Mock pods: more than one only with a shared (Redis) store. */
  replicas: number;
  /** memory: in the one pod; deployed: a Redis these manifests run; external: the store URL of mockforge.yaml. */
  store: { kind: 'memory' } | { kind: 'deployed'; url: string } | { kind: 'external'; display: string };
}

/** A file of the output folder with the objects it holds, in order. */
export interface MeshFile {
  name: string;
  objects: KubeObject[];
}

export const MOUNT_DIR = '/etc/mockforge';

/** The Redis image the manifests run when they deploy the store themselves. */
export const REDIS_IMAGE = 'redis:7.4-alpine';
