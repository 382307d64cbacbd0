/** Renderless components that connect the Cytoscape instance and the store. */
export { ClassesController } from './ClassesController';
export { ElementsController } from './ElementsController';
export { EventsController } from './EventsController';
export { LayoutController } from './LayoutController';
export { CameraController } from './CameraController';
export { LabelController } from './LabelController';
