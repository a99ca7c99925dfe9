package bench.minimal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A minimal Spring Boot webmvc application: the start-up baseline Tootkey is compared with. */
@SpringBootApplication
@RestController
public class MinimalApplication {

	@GetMapping("/")
	String home() {
		return "ok";
	}

	public static void main(String[] args) {
		SpringApplication.run(MinimalApplication.class, args);
	}

}
