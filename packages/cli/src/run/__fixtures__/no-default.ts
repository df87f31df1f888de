export const notAnIntegration = 1;
