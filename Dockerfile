# The mock image that `mockforge mesh` manifests run (README: "Kubernetes and service meshes").
# dist/ is self-contained (esbuild bundles every dependency), so the image holds Node and dist/ only.
# Build it after `npm run build`:  docker build -t mockforge:0.1.0 .
FROM node:24-slim
ENV NODE_ENV=production
WORKDIR /app
# package.json only for "type": "module": dist/ is ES modules.
COPY package.json ./
COPY dist/ ./dist/
# The image's unprivileged `node` user, numeric so Kubernetes can check runAsNonRoot.
USER 1000:1000
ENTRYPOINT ["node", "/app/dist/cli.js"]
# The project (mockforge.yaml, contracts, scenarios) is mounted at /etc/mockforge from the ConfigMap.
CMD ["serve", "--config", "/etc/mockforge/mockforge.yaml", "--host", "0.0.0.0"]
