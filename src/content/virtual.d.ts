declare module 'virtual:course' {
  import type { CourseFile } from './lesson-schema.ts';
  const course: CourseFile;
  export default course;
}

declare module 'virtual:workshop' {
  import type { WorkshopData } from './workshop-schema.ts';
  const workshop: WorkshopData;
  export default workshop;
}
