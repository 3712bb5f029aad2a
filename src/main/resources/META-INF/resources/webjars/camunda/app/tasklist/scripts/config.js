/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// The project's Tasklist configuration (overrides the webjar's file of the same path). Based on the
// webjar's config.js of Camunda 7.24.0.
//
// Tasklist picks the browser's first language if it is among availableLocales and fallbackLocale
// otherwise (camunda-commons-ui, determinePreferredLanguage); it has no language switch. Offering only
// 'vi' makes Tasklist Vietnamese whatever the browser's language. To offer English to browsers set to
// English as well, use availableLocales: ['vi', 'en'].
export default {
  app: {
    name: 'Việc cần làm',
    // the header shows "<vendor> <name>"
    vendor: 'Hệ thống theo dõi giảm nghèo –'
  },

  // moment.js formats; times are shown in the browser's time zone
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD/MM/YYYY HH:mm',
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm',
    short: 'DD/MM/YYYY'
  },

  locales: {
    availableLocales: ['vi'],
    fallbackLocale: 'vi'
  },

  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'tasklist' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // csrfCookieName: 'XSRF-TOKEN',
  disableWelcomeMessage: true,
  // assignProcessInstanceIdToTaskComment: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'Nhận công việc đang chọn'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'Chuyển tới bộ lọc đầu tiên trong danh sách'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'Chuyển tới công việc đầu tiên trong danh sách'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'Chuyển tới ô nhập đầu tiên của biểu mẫu công việc'
    }
  }
};
