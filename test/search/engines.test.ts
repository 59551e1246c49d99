import { ENGINE_MODULES } from '../../core/engines/registry.js';
import { engineConformance } from './engine-conformance.js';

// Every registered engine passes the same suite: adding an engine adds it here by itself.
for (const engine of Object.values(ENGINE_MODULES)) engineConformance(engine.name, engine.inMemory);
