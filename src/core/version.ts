/** mockforge's version: the CLI's --version, SARIF tool versions, the default mesh image tag. */
export const VERSION = '0.1.0';
