declare module 'virtual:course' {
  import type { CourseFile } from './lesson-schema.ts';
  const course: CourseFile;
  export default course;
}
