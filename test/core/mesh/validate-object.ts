import { HTTPRoute } from '@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPRoute';
import { DestinationRule } from '@kubernetes-models/istio/networking.istio.io/v1beta1/DestinationRule';
import { VirtualService } from '@kubernetes-models/istio/networking.istio.io/v1beta1/VirtualService';
import { Ajv } from 'ajv';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Service } from 'kubernetes-models/v1/Service';
import type { KubeObject } from '../../../src/core/mesh/types.js';
import { serviceDefaultsSchema, serviceResolverSchema, serviceRouterSchema } from './consul-schema.js';

const ajv = new Ajv({ allErrors: true, strict: false });
const consul = {
  ServiceDefaults: ajv.compile(serviceDefaultsSchema),
  ServiceResolver: ajv.compile(serviceResolverSchema),
  ServiceRouter: ajv.compile(serviceRouterSchema),
};

// The API versions the installed model packages ship, and so the ones mockforge writes.
const models: Record<string, { apiVersion: string; validate: (o: KubeObject) => void }> = {
  ConfigMap: { apiVersion: 'v1', validate: (o) => new ConfigMap(o as never).validate() },
  Service: { apiVersion: 'v1', validate: (o) => new Service(o as never).validate() },
  Deployment: { apiVersion: 'apps/v1', validate: (o) => new Deployment(o as never).validate() },
  VirtualService: {
    apiVersion: 'networking.istio.io/v1beta1',
    validate: (o) => new VirtualService(o as never).validate(),
  },
  DestinationRule: {
    apiVersion: 'networking.istio.io/v1beta1',
    validate: (o) => new DestinationRule(o as never).validate(),
  },
  HTTPRoute: {
    apiVersion: 'gateway.networking.k8s.io/v1',
    validate: (o) => new HTTPRoute(o as never).validate(),
  },
};

/** Throws when the object breaks its kind's schema (kubernetes-models, or ours for Consul's CRDs). */
export function validateObject(object: KubeObject): void {
  const check = consul[object.kind as keyof typeof consul];
  if (check) {
    if (!check(object)) throw new Error(`${object.kind} ${object.metadata.name}: ${ajv.errorsText(check.errors)}`);
    return;
  }
  const model = models[object.kind];
  if (!model) throw new Error(`no schema for kind ${object.kind}`);
  if (object.apiVersion !== model.apiVersion) {
    throw new Error(
      `${object.kind} ${object.metadata.name}: apiVersion ${object.apiVersion}, expected ${model.apiVersion}`,
    );
  }
  model.validate(object);
}
