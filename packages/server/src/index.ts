export { SDK_VERSION } from '@sextant/sdk';
