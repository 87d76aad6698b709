// Manifest templates for the three LMS packages: imsmanifest.xml (SCORM 1.2, SCORM 2004 4th edition) and
// cmi5.xml. Each carries the course title, description, the mastery score (the final assessment's pass mark)
// and the launch file. tests/reporting/manifests.test.ts validates them against the schemas in ./xsd.

/** @typedef {{ id: string, title: string, description: string, passMark: number, launch: string, files: string[], iri: string }} CourseInfo */

const escape = (text) =>
  String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const fileList = (files, indent) => files.map((file) => `${indent}<file href="${escape(file)}"/>`).join('\n');

/** SCORM 1.2: one SCO; the description in IMS metadata (imsmd 1.2.1); adlcp:masteryscore in percent. */
export function scorm12Manifest(/** @type {CourseInfo} */ course) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${escape(course.id)}-scorm12" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
    <imsmd:lom>
      <imsmd:general>
        <imsmd:title><imsmd:langstring xml:lang="en">${escape(course.title)}</imsmd:langstring></imsmd:title>
        <imsmd:description><imsmd:langstring xml:lang="en">${escape(course.description)}</imsmd:langstring></imsmd:description>
      </imsmd:general>
    </imsmd:lom>
  </metadata>
  <organizations default="${escape(course.id)}-org">
    <organization identifier="${escape(course.id)}-org">
      <title>${escape(course.title)}</title>
      <item identifier="${escape(course.id)}-item" identifierref="${escape(course.id)}-sco" isvisible="true">
        <title>${escape(course.title)}</title>
        <adlcp:masteryscore>${Math.round(course.passMark * 100)}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${escape(course.id)}-sco" type="webcontent" adlcp:scormtype="sco" href="${escape(course.launch)}">
${fileList(course.files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * SCORM 2004 4th edition: one SCO whose primary objective is satisfied by measure (score.scaled ≥ mastery);
 * the description in inline IEEE LOM metadata.
 */
export function scorm2004Manifest(/** @type {CourseInfo} */ course) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${escape(course.id)}-scorm2004" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
    <lom xmlns="http://ltsc.ieee.org/xsd/LOM">
      <general>
        <title><string language="en">${escape(course.title)}</string></title>
        <description><string language="en">${escape(course.description)}</string></description>
      </general>
    </lom>
  </metadata>
  <organizations default="${escape(course.id)}-org">
    <organization identifier="${escape(course.id)}-org">
      <title>${escape(course.title)}</title>
      <item identifier="${escape(course.id)}-item" identifierref="${escape(course.id)}-sco" isvisible="true">
        <title>${escape(course.title)}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="${escape(course.id)}-mastery" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${course.passMark}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${escape(course.id)}-sco" type="webcontent" adlcp:scormType="sco" href="${escape(course.launch)}">
${fileList(course.files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

/** cmi5: one AU for the whole course (see docs/lms.md for why), moveOn CompletedAndPassed. */
export function cmi5CourseStructure(/** @type {CourseInfo} */ course) {
  const text = (value) => `<langstring lang="en-US">${escape(value)}</langstring>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${escape(course.iri)}">
    <title>${text(course.title)}</title>
    <description>${text(course.description)}</description>
  </course>
  <au id="${escape(course.iri)}/au" moveOn="CompletedAndPassed" masteryScore="${course.passMark}" launchMethod="AnyWindow">
    <title>${text(course.title)}</title>
    <description>${text(course.description)}</description>
    <url>${escape(course.launch)}</url>
  </au>
</courseStructure>
`;
}
