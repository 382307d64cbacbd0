import names from '../../../data/words/name-words.json';
import { wordSet } from './word-set';

/** Lower-case words inside person names ("Charles de Gaulle", "Vincent van Gogh", "Ahmed bin Said"). */
export const NAME_PARTICLES = wordSet(names.particles);
/** Particles joined to the next name word by an apostrophe or hyphen ("al-Assad", "d'Estaing"). */
export const GLUED_PARTICLES: readonly string[] = names.gluedParticles;
/** Words that may join the parts of a name: "Ambassador to the United States", "Council on Foreign Relations". */
export const NAME_CONNECTORS = wordSet(names.connectors, names.particles);
/**
 * Words that describe a person before the name and are not part of it: parties, standing, nationality
 * ("Republican Donald Trump", "presumptive nominee", "Syrian President Bashar al-Assad").
 */
export const NAME_DESCRIPTORS = wordSet(names.descriptors);
/** Words an acronym skips: "National Aeronautics and Space Administration" is NASA. */
export const ACRONYM_SKIPS = wordSet(names.acronymSkips);
