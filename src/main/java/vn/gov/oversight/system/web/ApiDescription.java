package vn.gov.oversight.system.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The application's own API described for other systems (OpenAPI, from the code:
 * {@code /v3/api-docs}, its UI at {@code /swagger-ui.html}, both for administrators).
 * Camunda's REST API is described by Camunda.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    @Bean
    OpenAPI oversightApi() {
        return new OpenAPI()
            .info(new Info().title("Hệ thống theo dõi, đôn đốc thực hiện kế hoạch giảm nghèo bền vững")
                .version("1")
                .description("API của ứng dụng: kế hoạch và nhiệm vụ giao cho các cơ quan, thời hạn tính theo ngày "
                        + "làm việc, việc chuyển Ban Chỉ đạo, kỳ báo cáo, danh bạ cơ quan. Đăng nhập HTTP Basic "
                        + "bằng tài khoản của hệ thống; lỗi trả về theo RFC 7807, nêu từng trường bằng tiếng Việt. "
                        + "Quy trình và công việc (Tasklist) dùng REST API của Camunda tại /engine-rest."))
            .components(new Components().addSecuritySchemes("basic",
                    new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
            .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

}
